package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.checker.Pages.check;
import static vn.loa.checker.Pages.generalPage;
import static vn.loa.checker.Pages.groups;
import static vn.loa.checker.Pages.violencePage;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One behaviour per test, for every indicator group. */
class GroupDetectionTest {

    private static List<String> found(String html) {
        return groups(check(html), Severity.WARNING);
    }

    @Test
    void g1StereotypeFoundAcrossInlineTagsAndInNfd() {
        assertEquals(List.of("G1"), found(generalPage("<p>Ở quê tôi, <em>việc nhà</em> là việc của phụ nữ.</p>")));
        String nfd = Normalizer.normalize("<p>Anh ấy hay giúp vợ nấu cơm.</p>", Normalizer.Form.NFD);
        assertEquals(List.of("G1"), found(generalPage(nfd)));
    }

    @Test
    void g1RefutationSilencesButQuotationMarksDoNot() {
        assertEquals(List.of(), found(generalPage("<p>Quan niệm “việc nhà là việc của phụ nữ” là định kiến cần xóa bỏ.</p>")));
        assertEquals(List.of("G1"), found(generalPage("<p>Chị nói: “Việc nhà là việc của phụ nữ, tôi thấy đúng.”</p>")));
    }

    @Test
    void g1OfficialSloganIsOnlyInfo() {
        PageResult r = check(generalPage("<p>Phong trào phụ nữ giỏi việc nước, đảm việc nhà được duy trì.</p>"));
        assertEquals(List.of(), groups(r, Severity.WARNING));
        assertEquals(List.of("G1"), groups(r, Severity.INFO));
    }

    @Test
    void g2PronounsButNotHomographs() {
        assertEquals(List.of("G2"), found(violencePage("<p>Thị khai nhận đã lừa bán hai cô gái.</p>".replace("Thị", "Sau đó thị"))));
        assertEquals(List.of(), found(generalPage("<p>Bà Nguyễn Thị Lan ở thị trấn Phú Lộc đi công tác Ả Rập Xê Út.</p>")));
    }

    @Test
    void g3OnlyForOneIndividual() {
        assertEquals(List.of("G3"), found(generalPage("<p>Nữ kỹ sư Lê Thị Hà thiết kế cây cầu mới.</p>")));
        assertEquals(List.of(), found(generalPage("<p>Các nữ kỹ sư của tỉnh đã gặp mặt.</p>")));
        assertEquals(List.of(), found(generalPage("<p>Tỷ lệ nữ giám đốc đạt 25%.</p>")));
        assertEquals(List.of(), found(generalPage("<p>Câu lạc bộ Nữ doanh nhân tỉnh ra mắt.</p>")));
    }

    @Test
    void g4Appearance() {
        assertEquals(List.of("G4"), found(generalPage("<p>Nữ cán bộ trẻ xinh đẹp được bầu vào Ban chấp hành.</p>")
                .replace("Nữ cán bộ trẻ", "Chị Hà")));
    }

    @Test
    void g5OnlyOnViolencePagesAndNotWhenRefuted() {
        String text = "<p>Theo hàng xóm, do ghen tuông nên anh ta đánh vợ.</p>";
        assertEquals(List.of("G5"), found(violencePage(text)));
        assertEquals(List.of(), found(generalPage("<p>Vở kịch kể chuyện ghen tuông giữa hai nhân vật, do ghen tuông nên cãi nhau.</p>")));
        assertEquals(List.of(), found(violencePage("<p>Ghen tuông không phải là lý do cho bạo lực.</p>")));
    }

    @Test
    void g6VictimNamesAndChildDetailsButNotOfficials() {
        assertEquals(List.of("G6"), found(violencePage("<p>Nạn nhân là chị Trần Thị Bích, trú tại thôn Đông.</p>")));
        assertEquals(List.of("G6"), found(violencePage("<p>Cháu 8 tuổi, học lớp 2A Trường Tiểu học Lê Lợi, bị xâm hại.</p>")));
        assertEquals(List.of(), found(violencePage("<p>Bà Nguyễn Thị Hoa, Chủ tịch Hội Phụ nữ xã, cho biết nạn nhân đã được hỗ trợ.</p>")));
        assertEquals(List.of(), found(violencePage("<p>Một bé gái 8 tuổi bị xâm hại; công an đã vào cuộc.</p>")));
    }

    @Test
    void g7SupportInformation() {
        String incident = "<p>Người chồng đã bị tạm giữ vì đánh vợ gây thương tích.</p>";
        String noSupport = Pages.page("Một vụ bạo lực gia đình ở xã Phú Hòa", incident);
        assertEquals(List.of("G7"), found(noSupport));
        assertEquals(List.of(), found(Pages.page("Một vụ bạo lực gia đình ở xã Phú Hòa", incident + "<p>Hãy gọi tổng đài 111.</p>")));
        assertEquals(List.of("G7"), found(Pages.page("Một vụ bạo lực gia đình ở xã Phú Hòa", incident + "<p>Nhà số 111 đường Lê Lợi.</p>")));
        assertEquals(List.of(), found(Pages.page("Một vụ bạo lực gia đình ở xã Phú Hòa", incident + "<p>Liên hệ đường dây 1900 969 680.</p>")));
        PageResult outdated = check(Pages.page("Một vụ bạo lực gia đình ở xã Phú Hòa", incident + "<p>Gọi 1800 1567.</p>"));
        assertTrue(outdated.findings().stream().anyMatch(f -> f.rule().equals(SupportInfoDetector.OUTDATED) && f.severity() == Severity.INFO));
        PageResult event = check(Pages.page("Hội nghị triển khai kế hoạch phòng, chống bạo lực gia đình", "<p>Hội nghị có 200 đại biểu.</p>"));
        assertTrue(event.violenceTopic());
        assertEquals(List.of(), groups(event, Severity.WARNING));
    }

    @Test
    void g8CountsEachNamedQuotedPersonOnce() {
        PageResult r = check(generalPage("<p>Ông Trịnh Văn Khoa cho biết xã đã hoàn thành kế hoạch. Ông Khoa nói thêm rằng sẽ tiếp tục. "
                + "Theo anh Lê Minh, người dân đồng tình. Chị Hoa: “Chúng tôi rất vui.” Bà con và chị em phụ nữ đều đến dự. "
                + "Bà Rịa – Vũng Tàu cũng có mô hình này.</p>"));
        assertEquals(new SourceMetrics(1, 2), r.metrics());
        assertFalse(groups(r, Severity.WARNING).contains("G8"), "exactly one third does not warn");
        PageResult men = check(generalPage("<p>Ông Lê Văn An cho biết đường đã xong. Anh Trần Văn Bình nói rất vui. "
                + "Ông Phạm Quốc Cường khẳng định sẽ làm tiếp.</p>"));
        assertEquals(List.of("G8"), groups(men, Severity.WARNING));
        assertEquals(0.0, men.metrics().share());
    }

    @Test
    void g9Images() {
        assertEquals(List.of("G9"), found(generalPage("<img src=\"/images/a.jpg\">")));
        assertEquals(List.of("G9"), found(generalPage("<img src=\"/images/a.jpg\" alt=\"\">")));
        assertEquals(List.of(), found(generalPage("<img src=\"/images/a.jpg\" alt=\"\" role=\"presentation\">")));
        assertEquals(List.of(), found(generalPage("<div class=\"trang-tri\"><img src=\"/images/a.jpg\" alt=\"\"></div>")));
        PageResult r = check(generalPage("<img src=\"/images/a.jpg\" alt=\"DSC_0042.JPG\">"));
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
        assertEquals(List.of("G9"), found(generalPage("<img src=\"/images/a.jpg\" alt=\"Ảnh minh hoạ\">")));
        assertEquals(List.of(), found(generalPage("<img src=\"/images/a.jpg\" alt=\"Minh họa: cán bộ xã trò chuyện với người dân\">")));
    }

    @Test
    void g10HeadlineOnlyOnViolencePages() {
        assertEquals(List.of("G10"), found(Pages.page("Kinh hoàng vụ bạo lực gia đình ở xã Phú Hòa", "<p>Bài.</p>" + Pages.SUPPORT)));
        assertEquals(List.of(), found(violencePage("<p>Người dân kinh hoàng khi nghe tin.</p>")));
        assertEquals(List.of(), found(Pages.page("Kinh hoàng trận lũ ở xã Phú Hòa", "<p>Bài.</p>")));
    }
}
