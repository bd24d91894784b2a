<#ftl output_format="HTML">
<#-- An infographic's picture (inline SVG chart or uploaded image), its source line and, for charts,
     the same numbers as a table. Shared by the infographic page and its print views. -->
<#macro figure content info>
<figure class="ig-figure">
<#if info.kind == "data">
${info.svg?no_esc}
<#else>
<img src="${base}${info.image}" alt="${info.imageAlt}" width="${info.imageWidth?c}" height="${info.imageHeight?c}">
</#if>
<figcaption class="ig-source">Nguồn: <#if info.sourceUrl??><a href="${info.sourceUrl}" rel="noopener noreferrer">${info.source}</a><#else>${info.source}</#if>, năm ${info.sourceYear}</figcaption>
</figure>
<#if info.kind == "data">
<table class="ig-table<#if info.numeric> ig-numbers</#if>">
<caption>Số liệu của biểu đồ: ${content.title}</caption>
<thead><tr><th scope="col">${info.labelHeading}</th><th scope="col">${info.valueHeading}</th></tr></thead>
<tbody>
<#list info.rows as row><tr><th scope="row">${row.label}</th><td>${row.value}</td></tr>
</#list></tbody>
</table>
</#if>
</#macro>
