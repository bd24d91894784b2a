<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<h1>${content.title}</h1>
<p>${content.date?string("dd/MM/yyyy")}<#if content.tags??> ·
<#list content.tags as t><a href="${content.rootpath}${config.tag_path}/${t}${config.output_extension}">${t}</a><#sep>, </#list></#if></p>
${content.body}
<nav>
<#if content.previousContent??><a href="${content.rootpath}${content.previousContent.uri}">← ${content.previousContent.title}</a></#if>
<#if content.nextContent??><a href="${content.rootpath}${content.nextContent.uri}">${content.nextContent.title} →</a></#if>
</nav>
</body></html>
