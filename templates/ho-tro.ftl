<#ftl output_format="HTML">
<#-- /ho-tro/: the support directory, rendered from data/ho-tro.yml only (no number is written here). -->
<#import "partials/layout.ftl" as layout>
<#import "partials/support-list.ftl" as supportList>
<@layout.page page=page sensitive=true>
<article class="article">
  <header class="article-header">
    <h1>${page.title}</h1>
  </header>
  <p class="lead">Nếu bạn hoặc người thân đang bị bạo lực, bạn không có lỗi và bạn không đơn độc. Các nơi dưới đây lắng nghe, giữ bí mật và giúp bạn tìm bước tiếp theo. Nếu đang gặp nguy hiểm ngay lúc này, hãy gọi Công an.</p>
  <section aria-labelledby="toan-quoc">
    <h2 id="toan-quoc">Tổng đài toàn quốc</h2>
    <@supportList.services items=support.national/>
  </section>
  <#if support.local?has_content>
  <section aria-labelledby="dia-phuong">
    <h2 id="dia-phuong">Nơi hỗ trợ tại địa phương</h2>
    <@supportList.services items=support.local/>
  </section>
  </#if>
  <section aria-labelledby="khi-goi">
    <h2 id="khi-goi">Khi gọi điện</h2>
    <ul>
      <li>Bạn không cần nói tên nếu không muốn.</li>
      <li>Nếu dùng chung điện thoại, bạn có thể xóa cuộc gọi khỏi nhật ký sau khi gọi. Xem thêm <a href="${base}/duyet-web-an-toan/">cách duyệt web an toàn</a>.</li>
      <li>Nút <strong>Thoát nhanh</strong> ở đầu trang đưa bạn sang một trang khác ngay lập tức.</li>
    </ul>
  </section>
  <#if support.updatedText??><p class="meta">Danh bạ được kiểm tra ngày <time datetime="${support.updatedIso}">${support.updatedText}</time>.</p></#if>
</article>
</@layout.page>
