<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<@layout.page page=page>
<h1>Chủ đề</h1>
<ul class="tag-list tag-cloud" data-loa-check="skip">
<#list tagList as tag><li><a href="${base}${tag.url}">${tag.name} <span class="count">(${tag.count})</span></a></li></#list>
</ul>
</@layout.page>
