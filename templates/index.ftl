<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/lists.ftl" as lists>
<@layout.page page=page>
<h1 class="visually-hidden">${site.name}</h1>
<#include "partials/home-notices.ftl">
<#if featured?has_content>
<section aria-labelledby="noi-bat">
  <h2 id="noi-bat">Nổi bật</h2>
  <@lists.cards docs=featured/>
</section>
</#if>
<section aria-labelledby="moi-nhat">
  <h2 id="moi-nhat">Bài viết mới</h2>
  <#if latest?has_content><@lists.cards docs=latest/><#else><p>Chưa có bài viết.</p></#if>
  <p><a class="more" href="${base}/bai-viet/">Xem tất cả bài viết</a></p>
</section>
<#include "partials/home-sections.ftl">
</@layout.page>
