package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.loa.support.SupportDirectory;

/**
 * G7: what counts as support information, when a missing one is a warning (an incident report) or
 * only informative (policy, statistics, commentary), and the numbers the suggestion lists.
 */
class SupportInfoTest {
    private static final String INCIDENT = "Tối 12/3, anh T. dùng gậy đánh vợ là chị H. phải nhập viện cấp cứu. ";

    private static Optional<Finding> missing(Checker checker, String body) {
        String html = "<!doctype html><html lang=\"vi\"><head><title></title></head><body><main><article><p>" + body
                + "</p></article></main></body></html>";
        return checker.checkPage("p.html", html, null).findings().stream()
                .filter(f -> f.rule().equals(SupportInfoDetector.MISSING)).findFirst();
    }

    private static Optional<Finding> missing(String body) {
        return missing(Pages.CHECKER, body);
    }

    @Test
    void toChucIsNoAddressAndAYearIsNoPhoneNumber() {
        assertTrue(missing(INCIDENT + "Hội Liên hiệp Phụ nữ xã tổ chức thăm hỏi chị H.").isPresent());
        assertTrue(missing(INCIDENT + "Trung tâm Công tác xã hội tỉnh, thành lập từ năm 2019, đã hỗ trợ 150 trường hợp.").isPresent());
        assertTrue(missing(INCIDENT + "Đường dây nóng của huyện hoạt động từ 2019 - 2023.").isPresent());
    }

    @Test
    void realSupportCounts() {
        assertFalse(missing(INCIDENT + "Trung tâm Công tác xã hội tỉnh, điện thoại 0231 3 852 468, đã cử người đến.").isPresent());
        assertFalse(missing(INCIDENT + "Chị H. được đưa đến Địa chỉ tin cậy tại Nhà văn hóa thôn Đông.").isPresent());
        assertFalse(missing(INCIDENT + "Nếu cần giúp, hãy gọi tổng đài 111 hoặc công an 113.").isPresent());
    }

    @Test
    void anIncidentReportThatMentionsACampaignStillWarns() {
        Finding f = missing(INCIDENT + "Huyện vừa phát động Tháng hành động phòng, chống bạo lực gia đình và tổ chức hội nghị tuyên truyền.")
                .orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void policyStatisticsAndCommentaryAreOnlyInformative() {
        assertEquals(Severity.INFO, missing("Hội nghị triển khai kế hoạch phòng, chống bạo lực gia đình giai đoạn 2026 – 2030 "
                + "được tổ chức tại huyện; toàn huyện đã thành lập 45 mô hình.").orElseThrow().severity());
        assertEquals(Severity.INFO, missing("Theo một thống kê, mỗi năm cả nước có khoảng một trăm trẻ em tử vong vì bị bạo hành.")
                .orElseThrow().severity());
        assertEquals(Severity.INFO, missing("Không có lý do nào biện minh cho việc chồng đánh vợ; người vợ bị chồng đánh "
                + "không nên im lặng chịu đựng.").orElseThrow().severity());
    }

    @Test
    void theSuggestionListsTheNumbersThatFitThePage() {
        SupportDirectory directory = SupportDirectory.forSite(Path.of("")).orElseThrow();
        Checker checker = Checker.load(null, CheckerConfig.defaults().withSupport(directory));
        String adult = missing(checker, INCIDENT).orElseThrow().suggestion();
        assertTrue(adult.contains("1900 969 680") && adult.contains("1800 1768") && adult.contains("113"), adult);
        assertFalse(adult.contains("111"), adult);
        String child = missing(checker, "Bé gái 9 tuổi bị cha dượng xâm hại; công an đã bắt giữ người này.").orElseThrow().suggestion();
        assertTrue(child.indexOf("111") >= 0 && child.indexOf("111") < child.indexOf("1900 969 680"), child);
        String fallback = missing(INCIDENT).orElseThrow().suggestion();
        assertNotNull(fallback);
        assertTrue(fallback.indexOf("1900 969 680") < fallback.indexOf("111"), fallback);
    }
}
