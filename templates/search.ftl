<#ftl output_format="HTML">
<#-- /tim-kiem/: the search page. The results come from /js/tim-kiem.js and the index beside this page;
     without JavaScript the page says so and offers topics and the archive instead. A safety page: people
     look for help here, so it has the quick exit and sends no referrer. -->
<#import "partials/layout.ftl" as layout>
<#import "partials/search-box.ftl" as search>
<@layout.page page=page sensitive=true headerSearch=false script="tim-kiem.js">
<h1>Tìm kiếm</h1>
<@search.box id="tu-khoa" label="Bạn muốn tìm gì?"/>
<noscript><p class="notice">Trình duyệt của bạn đang tắt JavaScript nên trang này chưa tìm được. Bạn vẫn có thể xem bài theo chủ đề hoặc theo năm ở dưới đây.</p></noscript>
<section aria-labelledby="theo-chu-de">
  <h2 id="theo-chu-de">Xem theo chủ đề</h2>
  <ul class="tag-list" data-loa-check="skip">
  <#list topTopics as topic><li><a href="${base}${topic.url}">${topic.name} <span class="count">(${topic.count})</span></a></li></#list>
  </ul>
  <#if topicCount gt topTopics?size><p><a class="more" href="${base}/chu-de/">Tất cả ${topicCount} chủ đề</a></p></#if>
</section>
<#include "partials/years.ftl">
<p><a class="more" href="${base}/bai-viet/">Tất cả bài viết, mới nhất trước</a></p>
<#if support??><#include "partials/support-box.ftl"></#if>
</@layout.page>
