<#ftl output_format="HTML">
<#-- First in every page's body. On sensitive pages (about violence, support, safe browsing): the quick
     exit, first in tab order, a plain link with JS off. On every page: a print-only QR code block. -->
<#if sensitive>
<div class="quick-exit" data-loa-check="skip">
  <a class="quick-exit-link" href="https://www.google.com/search?q=thoi+tiet" rel="noreferrer" data-quick-exit>Thoát nhanh</a>
  <span class="quick-exit-hint" hidden>hoặc nhấn phím Shift 3 lần</span>
</div>
</#if>
<#if pageUrl?ends_with("/")>
<div class="print-qr" data-loa-check="skip"><img src="${base}${pageUrl}ma-qr.svg" width="112" height="112" alt="Mã QR dẫn tới trang này" loading="lazy"><p>Quét mã QR để mở trang này trên điện thoại:<br>${site.baseUrl}${pageUrl}</p></div>
</#if>
