package vn.loa.checker;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A self-contained Vietnamese HTML report: no scripts, no external files. */
final class HtmlReport {
    private static final String CSS = """
            body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#1b1b1b;line-height:1.5}
            h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #ddd}h3{font-size:1.05rem;margin-bottom:.3rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#f2f2f2}mark{background:#ffe08a;padding:0 .1em}.sev{font-weight:600;white-space:nowrap}
            .error{color:#a4161a}.warning{color:#8a5a00}.info{color:#1d4e89}.muted{color:#555;font-size:.9rem}
            .suggest{background:#eef7ee;border-left:3px solid #3a7d44;padding:.2rem .5rem}
            """;

    private HtmlReport() {
    }

    static String render(CheckReport report) {
        ReportSummary s = report.summary();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Báo cáo kiểm tra giới trong truyền thông</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>Báo cáo kiểm tra giới trong truyền thông</h1>\n");
        totals(h, s);
        groups(h, s);
        groupDetails(h, report.pages());
        pages(h, report.pages());
        topics(h, report.pages());
        suppressions(h, report.pages());
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void totals(StringBuilder h, ReportSummary s) {
        h.append("<h2>Tổng quan</h2>\n<table>\n");
        row(h, "Số trang đã kiểm tra", String.valueOf(s.pages()));
        row(h, "Số trang có phát hiện", String.valueOf(s.pagesWithFindings()));
        row(h, "Số trang về bạo lực trên cơ sở giới", String.valueOf(s.violencePages()));
        row(h, "Lỗi", String.valueOf(s.bySeverity().get(Severity.ERROR)));
        row(h, "Cảnh báo", String.valueOf(s.bySeverity().get(Severity.WARNING)));
        row(h, "Thông tin", String.valueOf(s.bySeverity().get(Severity.INFO)));
        row(h, "Nguồn tin được trích dẫn", "nữ " + s.female() + ", nam " + s.male()
                + (s.femaleShare() == null ? "" : " — tỷ lệ nữ " + percent(s.femaleShare())));
        row(h, "Lệnh bỏ qua kiểm tra", s.suppressions() + " (đã bỏ qua " + s.silencedFindings() + " phát hiện)");
        h.append("</table>\n");
    }

    private static void groups(StringBuilder h, ReportSummary s) {
        h.append("<h2>Theo nhóm chỉ số</h2>\n<table>\n<tr><th>Nhóm</th><th>Nội dung</th><th>Số phát hiện</th></tr>\n");
        for (String code : Groups.CODES) {
            h.append("<tr><td>").append(code).append("</td><td>").append(esc(Groups.name(code))).append("</td><td>")
                    .append(s.byGroup().getOrDefault(code, 0)).append("</td></tr>\n");
        }
        for (Map.Entry<String, Integer> e : s.byGroup().entrySet()) {
            if (!Groups.CODES.contains(e.getKey())) {
                h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>Khác</td><td>").append(e.getValue())
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    /** Every group with findings, listing where they are: the same findings seen per indicator. */
    private static void groupDetails(StringBuilder h, List<PageResult> pages) {
        for (String code : Groups.CODES) {
            StringBuilder items = new StringBuilder();
            for (PageResult p : pages) {
                for (Finding f : p.findings()) {
                    if (f.group().equals(code)) {
                        items.append("<li><span class=\"sev ").append(f.severity().id()).append("\">")
                                .append(esc(f.severity().label())).append("</span> ").append(esc(p.file()))
                                .append(f.text().isBlank() ? "" : ": <mark>" + esc(f.text()) + "</mark>").append("</li>\n");
                    }
                }
            }
            if (items.length() > 0) {
                h.append("<h3>").append(code).append(" — ").append(esc(Groups.name(code))).append("</h3>\n<ul>\n")
                        .append(items).append("</ul>\n");
            }
        }
    }

    private static void pages(StringBuilder h, List<PageResult> pages) {
        h.append("<h2>Theo trang</h2>\n");
        boolean any = false;
        for (PageResult p : pages) {
            if (p.findings().isEmpty()) {
                continue;
            }
            any = true;
            h.append("<h3>").append(esc(p.file())).append("</h3>\n<p class=\"muted\">Nguồn tin: nữ ")
                    .append(p.metrics().female()).append(", nam ").append(p.metrics().male());
            if (p.metrics().share() != null) {
                h.append(" (tỷ lệ nữ ").append(percent(p.metrics().share())).append(')');
            }
            h.append("<br>Chủ đề bạo lực trên cơ sở giới: ").append(decision(p.topic()));
            h.append("</p>\n<table>\n<tr><th>Mức độ</th><th>Nhóm</th><th>Câu</th><th>Vì sao</th><th>Gợi ý</th><th>Nguồn</th></tr>\n");
            for (Finding f : p.findings()) {
                String sev = f.severity().id();
                h.append("<tr><td class=\"sev ").append(sev).append("\">").append(esc(f.severity().label()))
                        .append("</td><td>").append(esc(f.group())).append("<br><span class=\"muted\">")
                        .append(esc(f.rule())).append("</span></td><td>").append(highlight(f.context(), f.text()))
                        .append("</td><td>").append(esc(f.message())).append("</td><td>");
                if (!f.suggestion().isBlank()) {
                    h.append("<div class=\"suggest\">").append(esc(f.suggestion())).append("</div>");
                }
                h.append("</td><td>").append(esc(f.sourceLabel() == null ? "" : f.sourceLabel())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!any) {
            h.append("<p>Không có phát hiện nào.</p>\n");
        }
    }

    /** "có (7/4 điểm)" or "không (2/4 điểm)". */
    private static String decision(TopicDecision t) {
        return (t.violence() ? "có" : "không") + " (" + t.score() + "/" + t.threshold() + " điểm)";
    }

    /**
     * Each page's topic decision and the terms behind it; pages without any term are only counted, so
     * the table stays short on a large site.
     */
    private static void topics(StringBuilder h, List<PageResult> pages) {
        h.append("<h2>Chủ đề bạo lực trên cơ sở giới của từng trang</h2>\n<p class=\"muted\">Quyết định từ tiêu đề và "
                + "nội dung (tiêu đề tính gấp đôi); thẻ chủ đề chỉ cộng thêm. Các nhóm G5, G6, G7, G10 chỉ xét trang được coi là "
                + "về bạo lực.</p>\n");
        StringBuilder rows = new StringBuilder();
        int silent = 0;
        for (PageResult p : pages) {
            TopicDecision t = p.topic();
            if (t.terms().isEmpty()) {
                silent++;
                continue;
            }
            rows.append("<tr><td>").append(esc(p.file())).append("</td><td>").append(decision(t)).append("</td><td>");
            for (int i = 0; i < t.terms().size(); i++) {
                TopicDecision.Term term = t.terms().get(i);
                rows.append(i == 0 ? "" : "; ").append("<mark>").append(esc(term.text())).append("</mark> ")
                        .append(esc(TopicDecision.Kind.labelOf(term.kind()))).append(" +").append(term.weight());
            }
            rows.append("</td></tr>\n");
        }
        if (rows.length() > 0) {
            h.append("<table>\n<tr><th>Trang</th><th>Về bạo lực?</th><th>Từ ngữ được tính</th></tr>\n").append(rows)
                    .append("</table>\n");
        }
        h.append("<p>").append(silent).append(" trang không có từ ngữ nào về bạo lực: không phải trang về bạo lực.</p>\n");
    }

    private static void suppressions(StringBuilder h, List<PageResult> pages) {
        h.append("<h2>Các lệnh bỏ qua kiểm tra</h2>\n");
        StringBuilder rows = new StringBuilder();
        for (PageResult p : pages) {
            for (PageResult.SuppressionUse u : p.suppressions()) {
                rows.append("<tr><td>").append(esc(p.file())).append("</td><td>").append(esc(u.kind()))
                        .append("</td><td>").append(esc(u.targets())).append("</td><td>")
                        .append(u.reason().isBlank() ? "<strong class=\"error\">Thiếu lý do</strong>" : esc(u.reason()))
                        .append("</td><td>").append(esc(u.where() == null ? "" : u.where())).append("</td><td>")
                        .append(u.silenced()).append("</td></tr>\n");
            }
        }
        if (rows.length() == 0) {
            h.append("<p>Không có lệnh bỏ qua nào.</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>Trang</th><th>Phạm vi</th><th>Quy tắc</th><th>Lý do</th><th>Vị trí</th>")
                .append("<th>Số phát hiện đã bỏ qua</th></tr>\n").append(rows).append("</table>\n");
    }

    /** The sentence with the matched words in {@code <mark>}; falls back to the words alone. */
    static String highlight(String context, String text) {
        if (context == null || context.isBlank()) {
            return text == null || text.isBlank() ? "" : "<mark>" + esc(text) + "</mark>";
        }
        int at = text == null || text.isEmpty() ? -1 : context.indexOf(text);
        if (at < 0) {
            return esc(context);
        }
        return esc(context.substring(0, at)) + "<mark>" + esc(text) + "</mark>" + esc(context.substring(at + text.length()));
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
