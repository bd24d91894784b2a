<#ftl output_format="HTML">
<#-- Home page: the newest infographics. -->
<#if (homeInfographics![])?has_content>
<section aria-labelledby="infographic-moi">
  <h2 id="infographic-moi">Infographic</h2>
  <ul class="compact-list" data-loa-check="skip">
  <#list homeInfographics as item>
    <li><a href="${base}${item.url}">${item.title}</a> <span class="meta">· ${item.kindLabel}</span></li>
  </#list>
  </ul>
  <p><a class="more" href="${base}/infographic/">Xem tất cả infographic</a></p>
</section>
</#if>
