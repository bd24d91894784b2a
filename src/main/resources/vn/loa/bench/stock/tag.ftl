<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${tag}</title></head>
<body>
<h1>Chủ đề: ${tag}</h1>
<ul>
<#list tag_posts as post>
<li><a href="${content.rootpath}${post.uri}">${post.title}</a></li>
</#list>
</ul>
</body></html>
