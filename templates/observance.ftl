<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/calendar.ftl" as cal>
<@layout.page page=page>
<article class="article">
  <header class="article-header">
    <p class="kicker"><a href="${base}/lich/ngay-ky-niem/">Ngày kỷ niệm</a></p>
    <h1>${observance.title}</h1>
    <p class="meta">${observance.when}</p>
  </header>
  <p class="lead">${observance.summary}</p>
  <div class="prose">
  <#list paragraphs as p><p>${p}</p></#list>
  </div>
  <#if links?has_content>
  <section aria-labelledby="doc-them">
    <h2 id="doc-them" class="small-heading">Đọc thêm</h2>
    <ul class="compact-list" data-loa-check="skip"><#list links as l><li><a href="${base}${l.url}">${l.title}</a></li></#list></ul>
  </section>
  </#if>
  <section aria-labelledby="cac-nam">
    <h2 id="cac-nam">Các năm</h2>
    <ul class="compact-list occurrences" data-loa-check="skip">
    <#list occurrences as o>
      <li><time datetime="${o.isoStart}">${o.dateText}</time>
      <#if o.during?has_content><ul class="compact-list"><#list o.during as e><li><a href="${base}${e.url}">${e.title}</a> <span class="meta">(${e.dateText})</span></li></#list></ul></#if>
      </li>
    </#list>
    </ul>
  </section>
  <#include "partials/after-article.ftl">
</article>
</@layout.page>
