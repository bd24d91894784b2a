<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<@layout.page page=page sensitive=(content.sensitive!false)>
<article class="article">
  <header class="article-header">
    <p class="kicker"><a href="${base}/bai-viet/">Bài viết</a><#if content.draft> · <strong class="draft-flag">BẢN NHÁP – chưa đăng</strong></#if></p>
    <h1>${content.title}</h1>
    <p class="meta">
      <time datetime="${content.isoDate}">${content.dateText}</time>
      · <span>${content.unit}</span><#if content.author??> · <span>${content.author}</span></#if>
      · <span>${content.readingMinutes} phút đọc</span>
    </p>
  </header>
  <#if content.cover??>
  <figure class="cover">
    <img src="${base}${content.cover}" alt="${content.coverAlt!""}"<#if content.coverWidth??> width="${content.coverWidth?c}" height="${content.coverHeight?c}"</#if>>
  </figure>
  </#if>
  <#if content.summary?has_content><p class="lead">${content.summary}</p></#if>
  <div class="prose">
${content.body?no_esc}
  </div>
  <#include "partials/after-article.ftl">
  <#include "partials/tags.ftl">
  <#if content.related?has_content>
  <section class="related" aria-labelledby="bai-lien-quan" data-loa-check="skip">
    <h2 id="bai-lien-quan" class="small-heading">Bài liên quan</h2>
    <ul class="compact-list">
    <#list content.related as rel><li><a href="${base}${rel.url}">${rel.title}</a> <time class="meta" datetime="${rel.isoDate}">${rel.dateText}</time></li></#list>
    </ul>
  </section>
  </#if>
  <nav class="pager" aria-label="Bài trước và bài sau">
    <#if content.newerArticle??><a rel="next" href="${base}${content.newerArticle.url}"><span class="pager-label">Bài mới hơn</span> ${content.newerArticle.title}</a></#if>
    <#if content.olderArticle??><a rel="prev" href="${base}${content.olderArticle.url}"><span class="pager-label">Bài cũ hơn</span> ${content.olderArticle.title}</a></#if>
  </nav>
</article>
</@layout.page>
