<#ftl output_format="HTML">
<#-- The search box and the place its results appear (filled by /js/tim-kiem.js), on /tim-kiem/ and
     the 404 page. fromPath: with no query in the address, search for the words of the missing page's
     address (the 404 page). -->
<#macro box id label fromPath=false>
<div class="search" data-loa-search<#if fromPath> data-loa-search-path</#if>>
  <form class="search-form" role="search" action="${base}/tim-kiem/" method="get">
    <label for="${id}">${label}</label>
    <p class="search-hint" id="${id}-goi-y">Gõ có dấu hay không dấu đều được, ví dụ: bao luc gia dinh.</p>
    <div class="search-row">
      <input id="${id}" type="search" name="q" autocomplete="off" aria-describedby="${id}-goi-y">
      <button type="submit" class="button button-primary">Tìm</button>
    </div>
  </form>
  <div class="search-status" role="status" aria-live="polite"></div>
  <ol class="search-results" hidden></ol>
  <button type="button" class="button search-more" hidden>Xem thêm kết quả</button>
</div>
</#macro>
