<#ftl output_format="HTML">
<nav class="years" aria-label="Lưu trữ theo năm">
  <h2 class="small-heading">Lưu trữ theo năm</h2>
  <ul class="tag-list">
  <#list years as y><li><a href="${base}${y.url}"<#if (year!0) == y.year> aria-current="page"</#if>>${y.year?c} (${y.count})</a></li></#list>
  </ul>
</nav>
