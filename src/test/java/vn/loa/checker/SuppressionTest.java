package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.checker.Pages.check;
import static vn.loa.checker.Pages.generalPage;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static final String STEREOTYPE = "<p>Ở quê tôi, việc nhà là việc của phụ nữ.</p>";

    @Test
    void blockCommentSilencesTheNextBlockOnly() {
        PageResult r = check(generalPage("<!-- loa-bo-qua: G1-viec-nha-cua-phu-nu | lý do: trích nguyên văn khảo sát -->"
                + STEREOTYPE + STEREOTYPE));
        assertEquals(1, r.findings().size());
        PageResult.SuppressionUse use = r.suppressions().get(0);
        assertEquals("trích nguyên văn khảo sát", use.reason());
        assertEquals(1, use.silenced());
        assertEquals("khối", use.kind());
    }

    @Test
    void asciidocInlinePassCommentSilencesItsParagraph() {
        PageResult r = check(generalPage("<div class=\"paragraph\"><p><!-- loa-bo-qua: G1 | lý do: phóng sự trích lời --> "
                + "Ở quê tôi, việc nhà là việc của phụ nữ.</p></div>"));
        assertEquals(List.of(), r.findings());
    }

    @Test
    void rangeSilencesEverythingBetween() {
        PageResult r = check(generalPage("<!-- loa-bo-qua-bat-dau: G1 | lý do: phần trích tư liệu lịch sử -->" + STEREOTYPE
                + "<div><p>Anh ấy hay giúp vợ nấu cơm.</p></div><!-- loa-bo-qua-ket-thuc -->" + STEREOTYPE));
        assertEquals(1, r.findings().size());
        assertEquals(2, r.suppressions().get(0).silenced());
    }

    @Test
    void pageMetaSilencesTheWholePage() {
        String html = generalPage(STEREOTYPE).replace("<head>",
                "<head><meta name=\"loa-bo-qua\" content=\"G1, G9 | lý do: bài tư liệu\">");
        PageResult r = check(html + "");
        assertEquals(List.of(), r.findings());
        assertEquals("G1, G9", r.suppressions().get(0).targets());
    }

    @Test
    void aSuppressionWithoutReasonIsAnErrorAndSilencesNothing() {
        PageResult r = check(generalPage("<!-- loa-bo-qua: G1-viec-nha-cua-phu-nu -->" + STEREOTYPE));
        assertEquals(2, r.findings().size());
        Finding noReason = r.findings().stream().filter(f -> f.rule().equals(Checker.NO_REASON_RULE)).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, noReason.severity());
        assertEquals("G1", noReason.group());
        assertTrue(noReason.message().contains("lý do"));
    }

    @Test
    void reportCountsSuppressions() {
        PageResult r = check(generalPage("<!-- loa-bo-qua: G1 | lý do: trích dẫn -->" + STEREOTYPE));
        ReportSummary s = CheckReport.of(List.of(r)).summary();
        assertEquals(1, s.suppressions());
        assertEquals(1, s.silencedFindings());
    }
}
