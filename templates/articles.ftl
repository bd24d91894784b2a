<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/lists.ftl" as lists>
<@layout.page page=page>
<h1>Bài viết</h1>
<p>${total} bài viết. Dưới đây là ${articles?size} bài mới nhất; các bài cũ hơn xem theo năm.</p>
<@lists.cards docs=articles headingLevel=2/>
<#include "partials/years.ftl">
</@layout.page>
