<#ftl output_format="HTML">
<#-- The document's tags as links to their pages (articles, events, infographics). -->
  <#if content.tagLinks?has_content>
  <section class="tags" aria-labelledby="chu-de-bai" data-loa-check="skip">
    <h2 id="chu-de-bai" class="small-heading">Chủ đề</h2>
    <ul class="tag-list">
    <#list content.tagLinks as tag><li><a href="${base}${tag.url}">${tag.name}</a></li></#list>
    </ul>
  </section>
  </#if>
