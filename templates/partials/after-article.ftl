<#ftl output_format="HTML">
<#-- After an article's or page's body: the support box (pages about violence) and share controls. -->
<#if (content.sensitive)!false && support??><#include "support-box.ftl"></#if>
<#assign shareUrl = site.baseUrl + page.url>
<section class="share" aria-labelledby="chia-se" data-loa-check="skip">
  <h2 id="chia-se" class="small-heading">Chia sẻ trang này</h2>
  <ul class="share-list">
    <li hidden><button type="button" class="button button-primary" data-share>Chia sẻ…</button></li>
    <li hidden><button type="button" class="button" data-copy-link="${shareUrl}">Sao chép liên kết</button></li>
    <li><a class="button" href="https://www.facebook.com/sharer/sharer.php?u=${shareUrl?url('UTF-8')}" rel="noopener noreferrer">Facebook</a></li>
    <li><a class="button" href="https://sp.zalo.me/share_to?url=${shareUrl?url('UTF-8')}" rel="noopener noreferrer">Zalo</a></li>
  </ul>
  <p class="share-status" role="status"></p>
</section>
