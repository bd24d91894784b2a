<#ftl output_format="HTML">
<#import "partials/layout.ftl" as layout>
<#import "partials/calendar.ftl" as cal>
<@layout.page page=page>
<p class="kicker"><a href="${base}/lich/">Lịch sự kiện</a> · <a href="${base}/lich/${year?c}/">Năm ${year?c}</a></p>
<h1>${monthTitle}</h1>
<nav class="pager month-pager" aria-label="Tháng trước và tháng sau">
  <#if previousUrl??><a rel="prev" href="${base}${previousUrl}"><span class="pager-label">Tháng trước</span> ${previousText}</a></#if>
  <#if nextUrl??><a rel="next" href="${base}${nextUrl}"><span class="pager-label">Tháng sau</span> ${nextText}</a></#if>
</nav>
<table class="month">
  <caption>Lịch ${monthTitle?lower_case}<span class="visually-hidden">: mỗi hàng là một tuần, từ Thứ Hai đến Chủ Nhật</span></caption>
  <thead>
    <tr>
      <th scope="col"><abbr title="Tuần trong năm">Tuần</abbr></th>
      <#list weekdays as d><th scope="col"><abbr title="${d.name}">${d.short}</abbr></th></#list>
    </tr>
  </thead>
  <tbody>
  <#list weeks as week>
    <tr>
      <th scope="row"><span class="visually-hidden">Tuần </span>${week.number}</th>
      <#list week.days as day>
      <#if day.inMonth>
      <td<#if day.today || day.inCampaign> class="<#if day.today>today</#if><#if day.today && day.inCampaign> </#if><#if day.inCampaign>in-campaign</#if>"</#if>>
        <time datetime="${day.iso}"<#if day.today> aria-current="date"</#if>>${day.day}</time>
        <#if day.items?has_content><ul class="day-items" data-loa-check="skip"><#list day.items as it><li class="day-item-${it.kind}"><span class="day-item-title">${it.title}</span></li></#list></ul></#if>
      </td>
      <#else>
      <td class="outside"></td>
      </#if>
      </#list>
    </tr>
  </#list>
  </tbody>
</table>
<p class="meta month-legend"><span class="legend-mark legend-event" aria-hidden="true"></span> sự kiện của địa phương · <span class="legend-mark legend-observance" aria-hidden="true"></span> ngày kỷ niệm · ô có nền màu: trong tháng hành động</p>
<section aria-labelledby="trong-thang">
  <h2 id="trong-thang">Trong ${monthTitle?lower_case}</h2>
  <#if monthItems?has_content>
  <@cal.list items=monthItems/>
  <#else>
  <p>Chưa có sự kiện hay ngày kỷ niệm nào trong tháng này.</p>
  </#if>
</section>
</@layout.page>
