<#ftl output_format="HTML">
<#-- The search form in every page's header: a plain GET form, so it works without JavaScript
     (/tim-kiem/ then lists topics and the archive); with JavaScript /tim-kiem/ answers the query. -->
<form class="site-search" role="search" action="${base}/tim-kiem/" method="get">
  <label class="visually-hidden" for="tim-nhanh">Tìm trên trang web</label>
  <input id="tim-nhanh" type="search" name="q" placeholder="Tìm bài viết, chủ đề…" autocomplete="off">
  <button type="submit">Tìm</button>
</form>
