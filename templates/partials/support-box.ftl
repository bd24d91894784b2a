<#ftl output_format="HTML">
<#-- The compact support box on every page about gender-based violence; numbers come from data/ho-tro.yml. -->
<#import "support-list.ftl" as supportList>
<aside class="support-box" aria-labelledby="can-ho-tro">
  <h2 id="can-ho-tro">Cần hỗ trợ?</h2>
  <p>Bạn không có lỗi và bạn không đơn độc. Hãy gọi:</p>
  <@supportList.services items=support.box headingLevel=0 detailed=false/>
  <p><a class="more" href="${base}/ho-tro/">Tất cả nơi hỗ trợ</a> · <a class="more" href="${base}/duyet-web-an-toan/">Duyệt web an toàn</a></p>
</aside>
