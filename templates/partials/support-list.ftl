<#ftl output_format="HTML">
<#-- Help numbers from data/ho-tro.yml; detailed=true adds who may call and the address. -->
<#macro services items headingLevel=3 detailed=true>
<ul class="support-list">
<#list items as s>
  <li class="support-item">
    <#if headingLevel == 3><h3 class="support-name">${s.name}</h3><#else><p class="support-name">${s.name}</p></#if>
    <a class="support-call" href="${s.tel}">Gọi ${s.number}</a>
    <p class="support-meta"><strong>${s.cost}</strong><#if s.hours??> · ${s.hours}</#if></p>
    <#if detailed && s.audience??><p>${s.audience}</p></#if>
    <#if detailed && s.address??><p>Địa chỉ: ${s.address}</p></#if>
  </li>
</#list>
</ul>
</#macro>
