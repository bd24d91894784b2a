<#ftl output_format="HTML">
<#-- Further home page sections (upcoming events, infographics, support) are added here by features. -->
<#if upcomingEvents??>
<#import "calendar.ftl" as cal>
<section aria-labelledby="su-kien-sap-toi" data-loa-today="${calendarToday}">
  <h2 id="su-kien-sap-toi">Sự kiện sắp tới</h2>
  <#if upcomingEvents?has_content><@cal.list items=upcomingEvents hideWhenPast=true/><#else><p>Chưa có sự kiện sắp tới.</p></#if>
  <p><a class="more" href="${base}/lich/">Xem lịch sự kiện</a></p>
</section>
</#if>
<#include "home-infographics.ftl">
