<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/lists.ftl" as lists>
<@layout.page page=page>
<h1>Bài viết năm ${year?c}</h1>
<@lists.compact docs=articles/>
<#include "partials/years.ftl">
</@layout.page>
