<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lưu trữ</title></head>
<body>
<h1>Lưu trữ</h1>
<ul>
<#list published_posts as post>
<li>${post.date?string("yyyy-MM-dd")} <a href="${post.uri}">${post.title}</a></li>
</#list>
</ul>
</body></html>
