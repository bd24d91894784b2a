<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<@layout.page page=page>
<h1>Infographic</h1>
<p class="lead">Số liệu về bình đẳng giới và phòng, chống bạo lực trên cơ sở giới, kèm nguồn, ảnh để tải về và bản in.</p>
<#if (infographicList![])?has_content>
<ul class="cards" data-loa-check="skip">
<#list infographicList as item>
  <li class="card">
    <h2 class="card-title"><a href="${base}${item.url}">${item.title}</a></h2>
    <p class="meta"><time datetime="${item.isoDate}">${item.dateText}</time> · ${item.kindLabel}</p>
    <#if item.summary?has_content><p class="card-summary">${item.summary}</p></#if>
    <p class="meta">${item.sourceLine}</p>
  </li>
</#list>
</ul>
<#else>
<p>Chưa có infographic nào.</p>
</#if>
</@layout.page>
