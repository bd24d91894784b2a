<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/calendar.ftl" as cal>
<@layout.page page=page>
<p class="kicker"><a href="${base}/lich/">Lịch sự kiện</a></p>
<#if year??>
<h1>Sự kiện đã qua năm ${year?c}</h1>
<@cal.list items=pastItems headingLevel=2/>
<#else>
<h1>Sự kiện đã qua</h1>
<#if !pastYearList?has_content><p>Chưa có sự kiện nào đã diễn ra.</p></#if>
</#if>
<#if pastYearList?has_content>
<nav class="years" aria-label="Sự kiện đã qua theo năm">
  <h2 class="small-heading">Theo năm</h2>
  <ul class="tag-list">
  <#list pastYearList as y><li><a href="${base}${y.url}"<#if (year!0) == y.year> aria-current="page"</#if>>${y.year?c} (${y.count})</a></li></#list>
  </ul>
</nav>
</#if>
</@layout.page>
