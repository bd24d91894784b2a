<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/calendar.ftl" as cal>
<@layout.page page=page>
<h1>Lịch sự kiện</h1>
<#list calendarNotices as notice><#if notice.running><p class="notice">Đang diễn ra: <a href="${base}${notice.url}">${notice.name}</a> (${notice.dateText}).</p></#if></#list>
<nav class="calendar-nav" aria-label="Xem lịch">
  <a class="button" href="${base}${thisMonthUrl}">Lịch ${thisMonthText?lower_case}</a>
  <a class="button" href="${base}/lich/ngay-ky-niem/">Ngày kỷ niệm</a>
  <a class="button" href="${base}/lich/da-qua/">Sự kiện đã qua</a>
</nav>
<section aria-labelledby="sap-dien-ra" data-loa-today="${calendarToday}">
  <h2 id="sap-dien-ra">Sự kiện sắp diễn ra</h2>
  <#if agendaGroups?has_content>
  <#list agendaGroups as group>
  <h3 class="small-heading">${group.heading}</h3>
  <@cal.list items=group.items hideWhenPast=true headingLevel=4/>
  </#list>
  <#else>
  <p>Chưa có sự kiện sắp tới. Xem <a href="${base}/lich/da-qua/">các sự kiện đã qua</a>.</p>
  </#if>
</section>
<#if observanceItems?has_content>
<section aria-labelledby="ngay-ky-niem-sap-toi">
  <h2 id="ngay-ky-niem-sap-toi">Ngày kỷ niệm sắp tới</h2>
  <@cal.list items=observanceItems/>
</section>
</#if>
<#if pastYears?has_content>
<nav aria-labelledby="da-qua-theo-nam">
  <h2 id="da-qua-theo-nam" class="small-heading">Sự kiện đã qua theo năm</h2>
  <ul class="tag-list">
  <#list pastYears as y><li><a href="${base}${y.url}">${y.year?c} (${y.count})</a></li></#list>
  </ul>
</nav>
</#if>
<section aria-labelledby="theo-doi-lich">
  <h2 id="theo-doi-lich" class="small-heading">Theo dõi lịch trên điện thoại</h2>
  <p>Thêm một trong các đường dẫn dưới đây vào ứng dụng Lịch (mục “Thêm lịch” hoặc “Đăng ký lịch”) để sự kiện mới tự hiện trên điện thoại của bạn.</p>
  <@cal.feedLinks feeds=calendarFeeds/>
</section>
</@layout.page>
