<#ftl output_format="HTML">
<#-- Top of the home page: the campaign notice (calendar feature) goes here. -->
<#if calendarNotices??>
<#list calendarNotices as notice>
<aside class="notice campaign-notice" aria-label="Tháng hành động" data-loa-from="${notice.isoStart}" data-loa-to="${notice.isoEnd}" data-loa-today="${calendarToday}"<#if !notice.running> hidden</#if>>
  <p><strong>${notice.name}</strong> (${notice.dateText})</p>
  <p>${notice.text}</p>
  <p><a class="more" href="${base}${notice.url}">Tìm hiểu thêm</a> · <a class="more" href="${base}/lich/">Lịch sự kiện</a></p>
</aside>
</#list>
</#if>
