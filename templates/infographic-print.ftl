<#ftl output_format="HTML">
<#-- Print view of one infographic: A4 (paper=a4) or an A5 e-leaflet (paper=a5), with a QR code back to
     the page. Standalone (no site menu) so that the sheet holds only what is printed. -->
<#import "partials/infographic-figure.ftl" as ig>
<#assign info = content.infographic>
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${page.title} – ${site.name}</title>
<link rel="canonical" href="${site.baseUrl}${content.url}">
<link rel="stylesheet" href="${base}/css/loa.css">
<link rel="stylesheet" href="${base}/css/in-an.css">
</head>
<body class="print-view paper-${paper}">
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<nav class="sheet-tools" aria-label="Chọn khổ giấy">
  <ul class="ig-links">
    <li><a class="button" href="${base}${content.url}">Quay lại trang infographic</a></li>
    <li><a class="button"<#if paper == "a4"> aria-current="page"</#if> href="${base}${info.printUrl}">Bản in A4</a></li>
    <li><a class="button"<#if paper == "a5"> aria-current="page"</#if> href="${base}${info.leafletUrl}">Tờ rơi A5</a></li>
    <li><button class="button button-primary" type="button" data-loa-print hidden>In trang này</button></li>
  </ul>
</nav>
<main class="sheet" id="noi-dung" tabindex="-1">
  <p class="sheet-brand">${site.name}</p>
  <h1>${content.title}</h1>
  <@ig.figure content=content info=info/>
  <#if content.body?has_content>
  <div class="prose">
${content.body?no_esc}
  </div>
  </#if>
  <div class="sheet-qr">
    ${qrSvg?no_esc}
    <p>Quét mã QR để mở trang này trên điện thoại:<br><span class="sheet-url">${site.baseUrl}${content.url}</span></p>
  </div>
  <p class="sheet-unit">${content.unit}<#if site.contact?has_content> · ${site.contact}</#if></p>
</main>
<script src="${base}/js/loa.js" defer></script>
</body>
</html>
