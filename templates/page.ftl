<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<@layout.page page=page sensitive=(content.sensitive!false)>
<article class="article">
  <header class="article-header">
    <#if content.draft><p class="kicker"><strong class="draft-flag">BẢN NHÁP – chưa đăng</strong></p></#if>
    <h1>${content.title}</h1>
  </header>
  <#if content.summary?has_content && content.summary != content.bodySummary!""><p class="lead">${content.summary}</p></#if>
  <div class="prose">
${content.body?no_esc}
  </div>
  <#include "partials/after-article.ftl">
</article>
</@layout.page>
