<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/search-box.ftl" as search>
<@layout.page page=page headerSearch=false script="tim-kiem.js">
<h1>Không tìm thấy trang</h1>
<p>Trang bạn tìm không có hoặc đã được chuyển đi. Hãy thử tìm trang đó:</p>
<@search.box id="tim-trang" label="Tìm trên trang web" fromPath=true/>
<p>Hoặc bạn có thể:</p>
<ul class="compact-list">
  <li><a href="${base}/">Về trang chủ</a></li>
  <li><a href="${base}/bai-viet/">Xem tất cả bài viết</a></li>
  <li><a href="${base}/chu-de/">Xem các chủ đề</a></li>
  <li><a href="${base}/ho-tro/">Cần giúp đỡ ngay: các số điện thoại hỗ trợ</a></li>
</ul>
</@layout.page>
