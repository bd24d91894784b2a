<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<@layout.page page=page>
<h1>Không tìm thấy trang</h1>
<p>Trang bạn tìm không có hoặc đã được chuyển đi. Bạn có thể:</p>
<ul>
  <li><a href="${base}/">về trang chủ</a>,</li>
  <li>xem <a href="${base}/bai-viet/">tất cả bài viết</a> hoặc <a href="${base}/chu-de/">các chủ đề</a>,</li>
  <li>nếu bạn cần giúp đỡ ngay: xem <a href="${base}/ho-tro/">các số điện thoại hỗ trợ</a>.</li>
</ul>
</@layout.page>
