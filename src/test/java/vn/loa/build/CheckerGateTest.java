package vn.loa.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.checker.Checker;
import vn.loa.checker.CheckerConfig;
import vn.loa.checker.PageResult;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The gate checks a page without the inline stylesheet it cuts: the findings must be those of the whole page. */
class CheckerGateTest {
    private static final String CSS = "body{font-family:system-ui}.lead{font-size:1.1rem}/* <p>không phải chữ</p> */";

    @Test
    void cuttingTheInlineStylesheetLeavesFindingsUnchanged(@TempDir Path source) {
        String body = "<main><h1>Ngày hội gia đình ở xã Phú Hòa</h1><p>Ở quê tôi, việc nhà là việc của phụ nữ.</p>"
            + "<p>Chị Lan, chủ tịch Hội, cho biết: “Năm nay có thêm nhiều lớp học cho các bà mẹ trẻ.”</p>"
            + "<img src=\"/a.png\"></main>";
        List<String> pages = List.of(
            page("<style>" + CSS + "</style>", body),                          // the template's element: cut
            page("<style>" + CSS + "</style><style>p{}</style>", body),        // only the first one is looked at
            page("<style media=\"print\">" + CSS + "</style>", body),          // not the template's: checked as it is
            page("<title>&lt;style&gt;</title><style>" + CSS + "x</style>", body),
            page("", "<p>Trang không có style: " + "<style>" + CSS + "</style> việc nhà là việc của phụ nữ.</p>"));
        Checker checker = Checker.load(null, CheckerConfig.defaults().withSourceRoot(source));
        for (String html : pages) {
            CheckerGate gate = CheckerGate.forSite(source, "none", CheckMemo.inMemory(), CSS);
            gate.onPage("bai/index.html", html, null);
            PageResult expected = checker.checkPage("bai/index.html", html, null);
            List<PageResult> actual = gate.report().pages();
            assertEquals(List.of(expected), actual, html);
            assertFalse(expected.findings().isEmpty(), "the page should have something to find: " + html);
        }
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Ngày hội</title>" + head
            + "</head><body>" + body + "</body></html>";
    }
}
