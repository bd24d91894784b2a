<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/lists.ftl" as lists>
<@layout.page page=page>
<p class="kicker"><a href="${base}/chu-de/">Chủ đề</a></p>
<h1>${tag.name}</h1>
<p>${documents?size} bài. <a href="${base}${tag.url}feed.xml">Theo dõi chủ đề này (Atom)</a></p>
<@lists.compact docs=documents/>
</@layout.page>
