<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<@layout.page page=page>
<p class="kicker"><a href="${base}/lich/">Lịch sự kiện</a></p>
<h1>Ngày kỷ niệm và tháng hành động</h1>
<p>Những ngày và tháng này lặp lại hằng năm. Chọn một mục để xem ý nghĩa và các hoạt động của địa phương.</p>
<ul class="cards" data-loa-check="skip">
<#list observanceList as o>
  <li class="card">
    <h2 class="card-title"><a href="${base}${o.url}">${o.title}</a></h2>
    <p class="meta">${o.when}</p>
    <p class="card-summary">${o.summary}</p>
  </li>
</#list>
</ul>
<p><a class="more" href="${base}/lich/ngay-ky-niem.ics" type="text/calendar">Thêm các ngày kỷ niệm vào lịch của bạn (.ics)</a></p>
</@layout.page>
