package vn.loa.checker;

import java.util.List;
import java.util.stream.Collectors;

/** Builds small test pages. */
final class Pages {
    static final String SUPPORT = "<aside class=\"support-box\">Gọi Tổng đài quốc gia bảo vệ trẻ em 111</aside>";
    static final Checker CHECKER = Checker.load(null, CheckerConfig.defaults());

    private Pages() {
    }

    static String page(String headline, String body) {
        return "<!doctype html><html lang=\"vi\"><head><title>" + headline + "</title></head><body><main><article><h1>"
                + headline + "</h1><p>Bài viết của đơn vị, cập nhật thông tin mới trong tuần này cho bạn đọc.</p>"
                + body + "</article></main></body></html>";
    }

    static String violencePage(String body) {
        return page("Một vụ bạo lực gia đình ở xã Phú Hòa", body + SUPPORT);
    }

    static String generalPage(String body) {
        return page("Ngày hội gia đình ở xã Phú Hòa", body);
    }

    static PageResult check(String html) {
        return CHECKER.checkPage("bai/index.html", html, null);
    }

    static List<String> groups(PageResult r, Severity atLeast) {
        return r.findings().stream().filter(f -> f.severity().atLeast(atLeast)).map(Finding::group).distinct()
                .sorted().collect(Collectors.toList());
    }

    static List<String> rules(PageResult r) {
        return r.findings().stream().map(Finding::rule).collect(Collectors.toList());
    }
}
