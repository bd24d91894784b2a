<#ftl output_format="HTML">
<#-- Calendar pieces shared by the agenda, month, past-events and home templates. -->

<#-- One event or observance in a list. hideWhenPast: the optional script may hide it once its last day is over. -->
<#macro entry item hideWhenPast=false headingLevel=3>
<li class="agenda-item"<#if hideWhenPast> data-loa-end="${item.isoEnd}"</#if>>
  <span class="date-badge<#if item.kind == "observance"> date-badge-observance</#if>" aria-hidden="true"><span class="date-badge-day">${item.day}</span> ${item.monthText}</span>
  <div class="agenda-body">
    <h${headingLevel?c} class="agenda-title"><a href="${base}${item.url}">${item.title}</a></h${headingLevel?c}>
    <p class="meta"><time datetime="${item.isoStart}">${item.dateText}</time><#if item.timeText??>, ${item.timeText}</#if><#if item.location??> · ${item.location}</#if></p>
    <#if item.kind == "event"><p class="meta">${item.categoryName}<#if item.audience??> · Dành cho: ${item.audience}</#if></p><#elseif item.period!false><p class="meta">Tháng hành động</p></#if>
  </div>
</li>
</#macro>

<#macro list items hideWhenPast=false headingLevel=3>
<ul class="agenda" data-loa-check="skip">
<#list items as item><@entry item=item hideWhenPast=hideWhenPast headingLevel=headingLevel/></#list>
</ul>
</#macro>

<#macro feedLinks feeds>
<ul class="compact-list" data-loa-check="skip">
<#list feeds as feed><li><a href="${base}${feed.url}" type="text/calendar">${feed.name} (.ics)</a></li></#list>
</ul>
</#macro>
