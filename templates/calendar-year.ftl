<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<@layout.page page=page>
<p class="kicker"><a href="${base}/lich/">Lịch sự kiện</a></p>
<h1>Lịch năm ${year?c}</h1>
<ul class="month-list">
<#list months as m><li><a href="${base}${m.url}">${m.name}</a> <span class="meta">(${m.count} mục)</span></li></#list>
</ul>
<nav class="pager" aria-label="Năm trước và năm sau">
  <#if previousYearUrl??><a rel="prev" href="${base}${previousYearUrl}"><span class="pager-label">Năm trước</span> ${(year - 1)?c}</a></#if>
  <#if nextYearUrl??><a rel="next" href="${base}${nextYearUrl}"><span class="pager-label">Năm sau</span> ${(year + 1)?c}</a></#if>
</nav>
</@layout.page>
