<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Trang chủ</title></head>
<body>
<h1>Bài viết mới</h1>
<ul>
<#list published_posts as post><#if post?index == 10><#break></#if>
<li><a href="${post.uri}">${post.title}</a> (${post.date?string("dd/MM/yyyy")})</li>
</#list>
</ul>
<p><a href="${config.archive_file}">Lưu trữ</a> · <a href="${config.tag_path}/index.html">Chủ đề</a></p>
</body></html>
