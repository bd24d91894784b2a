<#ftl output_format="HTML">
<#-- Lists of articles. -->
<#macro cards docs headingLevel=3>
<ul class="cards" data-loa-check="skip">
<#list docs as doc>
  <li class="card">
    <#if headingLevel == 2><h2 class="card-title"><a href="${base}${doc.url}">${doc.title}</a></h2><#else><h3 class="card-title"><a href="${base}${doc.url}">${doc.title}</a></h3></#if>
    <p class="meta"><time datetime="${doc.isoDate}">${doc.dateText}</time> · ${doc.unit}</p>
    <#if doc.summary?has_content><p class="card-summary">${doc.summary}</p></#if>
  </li>
</#list>
</ul>
</#macro>

<#macro compact docs>
<ul class="compact-list" data-loa-check="skip">
<#list docs as doc>
  <li><a href="${base}${doc.url}">${doc.title}</a> <time class="meta" datetime="${doc.isoDate}">${doc.dateText}</time></li>
</#list>
</ul>
</#macro>
