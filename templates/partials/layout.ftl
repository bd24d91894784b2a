<#ftl output_format="HTML">
<#-- The page frame every HTML page shares: head, skip link, landmarks, footer.
     Usage: <@layout.page page=page sensitive=false> ...main content... </@layout.page>
     headerSearch=false leaves the header's search form out (pages with their own search box);
     script names a page script under /js/ loaded after loa.js. -->
<#macro page page sensitive=false bodyClass="" headerSearch=true script="">
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' ${styleHash}; img-src 'self' data:; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<#if sensitive><meta name="referrer" content="no-referrer"><#else><meta name="referrer" content="strict-origin-when-cross-origin"></#if>
<title><#if page.url == "/">${site.name}<#else>${page.title} – ${site.name}</#if></title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${site.baseUrl}${page.url}">
<link rel="alternate" type="application/atom+xml" title="${site.name}" href="${base}/feed.xml">
<link rel="icon" href="${base}/favicon.svg" type="image/svg+xml">
<#if (content.checkerIgnore)??><meta name="loa-bo-qua" content="${content.checkerIgnore}"></#if>
<#include "head-extra.ftl">
<style>${inlineCss?no_esc}</style>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<#-- before-header.ftl first: on sensitive pages its quick exit must be the first tab stop. -->
<#include "before-header.ftl">
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header" data-loa-check="skip">
  <div class="wrap">
    <a class="brand" href="${base}/">${site.name}</a>
    <nav class="site-nav" aria-label="Mục chính">
      <ul>
      <#list nav as item>
        <li><a href="${base}${item.url}"<#if page.url == item.url> aria-current="page"</#if>>${item.label}</a></li>
      </#list>
      </ul>
    </nav>
    <#if headerSearch><#include "search-form.ftl"></#if>
  </div>
</header>
<main id="noi-dung" class="wrap" tabindex="-1">
<#nested>
</main>
<footer class="site-footer" data-loa-check="skip">
  <div class="wrap">
    <p class="site-contact">${site.unit}<#if site.contact?has_content> · ${site.contactHtml?no_esc}</#if></p>
    <ul class="footer-links">
      <li><a href="${base}/gioi-thieu/">Giới thiệu</a></li>
      <li><a href="${base}/duyet-web-an-toan/">Duyệt web an toàn</a></li>
      <li><a href="${base}/chu-de/">Chủ đề</a></li>
      <li><a href="${base}/feed.xml">Theo dõi (Atom)</a></li>
    </ul>
  </div>
</footer>
<script src="${base}/js/loa.js" defer></script>
<#if script?has_content><script src="${base}/js/${script}" defer></script></#if>
</body>
</html>
</#macro>
