<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#assign info = content.eventInfo>
<@layout.page page=page sensitive=(content.sensitive!false)>
<article class="article event">
  <header class="article-header">
    <p class="kicker"><a href="${base}/lich/">Lịch sự kiện</a> · ${info.categoryName}<#if content.draft> · <strong class="draft-flag">BẢN NHÁP – chưa đăng</strong></#if></p>
    <h1>${content.title}</h1>
  </header>
  <#if info.past><p class="notice">Sự kiện này đã diễn ra.</p></#if>
  <dl class="event-facts">
    <dt>Ngày</dt>
    <dd><time datetime="${info.isoStart}">${info.dateText}</time></dd>
    <#if info.timeText??><dt>Giờ</dt><dd>${info.timeText}</dd></#if>
    <#if info.location??><dt>Địa điểm</dt><dd>${info.location}</dd></#if>
    <#if info.organiser??><dt>Đơn vị tổ chức</dt><dd>${info.organiser}</dd></#if>
    <#if info.audience??><dt>Dành cho</dt><dd>${info.audience}</dd></#if>
  </dl>
  <#if !info.past>
  <p><a class="button button-primary" href="${base}${info.icsUrl}" type="text/calendar" download>Thêm vào lịch của bạn</a></p>
  <p class="meta">Tệp .ics mở được bằng ứng dụng Lịch trên điện thoại (Google Lịch, Lịch của iPhone, Outlook).</p>
  </#if>
  <#if content.summary?has_content && content.summary != content.bodySummary!""><p class="lead">${content.summary}</p></#if>
  <div class="prose">
${content.body?no_esc}
  </div>
  <#if info.during?has_content>
  <section aria-labelledby="trong-dip">
    <h2 id="trong-dip" class="small-heading">Trong dịp</h2>
    <ul class="compact-list" data-loa-check="skip">
    <#list info.during as o><li><a href="${base}${o.url}">${o.title}</a> <span class="meta">(${o.dateText})</span></li></#list>
    </ul>
  </section>
  </#if>
  <#include "partials/after-article.ftl">
  <#include "partials/tags.ftl">
  <p><a class="more" href="${base}/lich/">Xem các sự kiện khác trên lịch</a></p>
</article>
</@layout.page>
