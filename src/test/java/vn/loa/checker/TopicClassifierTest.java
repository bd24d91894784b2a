package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The topic comes from the page's own text: one reported act of gender-based violence is enough,
 * active or passive, in either word order; look-alikes (đánh giá, tấn công mạng, sport, school
 * fights) are not; tags only add to evidence the text already has.
 */
class TopicClassifierTest {

    private static PageResult page(String headline, String body) {
        String h = headline == null ? "" : headline;
        return Pages.check("<!doctype html><html lang=\"vi\"><head><title>" + h + "</title></head><body><main><article>"
                + (headline == null ? "" : "<h1>" + h + "</h1>") + "<p>" + body + "</p></article></main></body></html>");
    }

    private static boolean violence(String body) {
        return page(null, body).violenceTopic();
    }

    @Test
    void oneActWithItsConsequenceIsEnough() {
        assertTrue(violence("Tối 3/5, anh T. đánh vợ là chị H. phải nhập viện."));
        assertTrue(violence("Chị H. bị chồng đánh gãy tay, phải đi cấp cứu."));
        assertTrue(violence("Người chồng dùng dao đâm vợ trọng thương rồi bỏ trốn."));
        assertTrue(violence("Bà L. bị chồng đổ xăng châm lửa đốt, bỏng nặng."));
        assertTrue(violence("Anh K. bị vợ tạt axit vào mặt khi đang ngủ, bỏng nặng."));
        assertTrue(violence("Cháu bé 7 tuổi bị cha dượng xâm hại nhiều lần; công an đã bắt giữ người này."));
        assertTrue(violence("Người cha bạo hành con gái 5 tuổi khiến cháu bị thương ở đầu."));
        assertTrue(violence("Ba cô gái bị lừa bán sang Trung Quốc đã được giải cứu."));
        assertTrue(violence("Nữ sinh lớp 9 bị một người đàn ông sàm sỡ trên xe buýt; người này đã bị tạm giữ."));
        assertTrue(violence("Vợ chồng anh B. đánh nhau, chị B. bị thương phải nhập viện."));
    }

    @Test
    void aHeadlineActAloneIsEnough() {
        assertTrue(page("Chồng bóp cổ vợ sau bữa nhậu", "Vụ việc xảy ra tối qua tại thôn Đông.").violenceTopic());
    }

    @Test
    void policyNewsAboutViolenceIsAboutViolence() {
        assertTrue(violence("Huyện phát động Tháng hành động phòng, chống bạo lực gia đình; năm qua có 12 vụ bạo lực gia đình được phát hiện."));
    }

    @Test
    void lookAlikesAreNotViolence() {
        assertFalse(violence("Vợ chồng anh Tâm đánh giá cao chương trình; chồng chị Lan đánh bắt cá ven biển để nuôi con."));
        assertFalse(violence("Công ty bị tấn công mạng, cơ quan điều tra đã khởi tố vụ án; nhiều nạn nhân bị lừa tiền."));
        assertFalse(violence("Đội nữ của xã đánh bại đội bạn; cú đá phạt của hậu vệ bị chấn thương khiến trận đấu tạm dừng."));
        assertFalse(violence("Hai học sinh đánh nhau trong giờ ra chơi; nhà trường đã họp bàn phòng chống bạo lực học đường."));
        assertFalse(violence("Kẻ trộm hành hung bảo vệ rồi bỏ trốn; nạn nhân bị thương nhẹ, công an đang điều tra."));
        assertFalse(violence("Cha mẹ cần đánh thức con dậy sớm và cùng con đánh răng; mẹ chồng chị Hoa xâm hại rừng phòng hộ bị xử phạt."));
    }

    @Test
    void tagsOnlyAdd() {
        String tagsOnly = "<!doctype html><html lang=\"vi\"><head><title>Ngày hội</title><meta name=\"keywords\" "
                + "content=\"bạo lực gia đình, xâm hại trẻ em\"></head><body><main><article><h1>Ngày hội</h1><p>Xã tổ chức "
                + "ngày hội văn hóa.</p></article></main></body></html>";
        PageResult r = Pages.check(tagsOnly);
        assertFalse(r.violenceTopic());
        assertEquals(0, r.topic().score());
        String withText = tagsOnly.replace("Xã tổ chức ngày hội văn hóa.", "Chị M. bị chồng đánh.");
        PageResult added = Pages.check(withText);
        assertTrue(added.violenceTopic(), added.topic().toString());
        assertTrue(added.topic().terms().stream().anyMatch(t -> t.kind().equals("tag")));
    }

    @Test
    void theDecisionNamesItsTerms() {
        PageResult r = page("Chị H. bị chồng đánh", "Chị H. phải nhập viện.");
        assertTrue(r.violenceTopic());
        TopicDecision.Term act = r.topic().terms().get(0);
        assertEquals("act", act.kind());
        assertEquals("chồng đánh", act.text());
        assertEquals(8, act.weight());
        assertEquals("headline", act.scope());
        assertTrue(r.topic().terms().stream().anyMatch(t -> t.kind().equals("context") && t.text().equals("nhập viện")));
        assertEquals(r.topic().terms().stream().mapToInt(TopicDecision.Term::weight).sum(), r.topic().score());
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsCarryTheDecision() {
        CheckReport report = CheckReport.of(java.util.List.of(page("Chị H. bị chồng đánh", "Chị H. phải nhập viện.")));
        String json = report.toJson();
        Map<String, Object> root = (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(json);
        Map<String, Object> topic = (Map<String, Object>) ((Map<String, Object>) ((java.util.List<Object>) root.get("pages")).get(0)).get("topic");
        assertEquals(Boolean.TRUE, topic.get("violence"));
        assertEquals(4, topic.get("threshold"));
        assertTrue(report.toHtml().contains("Chủ đề bạo lực trên cơ sở giới của từng trang"));
        assertTrue(report.toHtml().contains("<mark>chồng đánh</mark> hành vi bạo lực +8"));
    }
}
