<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/infographic-figure.ftl" as ig>
<#assign info = content.infographic>
<@layout.page page=page sensitive=(content.sensitive!false)>
<article class="article infographic">
  <header class="article-header">
    <p class="kicker"><a href="${base}/infographic/">Infographic</a><#if content.draft> · <strong class="draft-flag">BẢN NHÁP – chưa đăng</strong></#if></p>
    <h1>${content.title}</h1>
    <p class="meta"><time datetime="${content.isoDate}">${content.dateText}</time> · <span>${content.unit}</span></p>
  </header>
  <#if content.summary?has_content && content.summary != content.bodySummary!""><p class="lead">${content.summary}</p></#if>
  <@ig.figure content=content info=info/>
  <#if info.kind == "image">
  <section class="prose" aria-labelledby="ban-chu">
    <h2 id="ban-chu">Nội dung infographic bằng chữ</h2>
${content.body?no_esc}
  </section>
  <#elseif content.body?has_content>
  <div class="prose">
${content.body?no_esc}
  </div>
  </#if>
  <section aria-labelledby="tai-ve-in">
    <h2 id="tai-ve-in" class="small-heading">Tải về và in</h2>
    <ul class="ig-links">
      <li><a class="button button-primary" href="${base}${info.pngUrl}" download="${info.pngFile}">Tải ảnh PNG (1080 × 1350, ${info.pngSize})</a></li>
      <li><a class="button" href="${base}${info.printUrl}">Bản in A4</a></li>
      <li><a class="button" href="${base}${info.leafletUrl}">Tờ rơi A5</a></li>
    </ul>
  </section>
  <#include "partials/after-article.ftl">
  <#include "partials/tags.ftl">
</article>
</@layout.page>
