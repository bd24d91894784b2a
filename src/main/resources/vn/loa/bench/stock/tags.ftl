<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Chủ đề</title></head>
<body>
<h1>Chủ đề</h1>
<ul>
<#list tags as tag>
<li><a href="${content.rootpath}${tag.uri}">${tag.name}</a> (${tag.tagged_posts?size})</li>
</#list>
</ul>
</body></html>
