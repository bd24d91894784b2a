package vn.loa.checker;

import java.util.Map;

/** A short Vietnamese summary for the terminal: warnings and errors one per line, then totals. */
final class ConsoleSummary {
    private ConsoleSummary() {
    }

    static String render(CheckReport report) {
        StringBuilder sb = new StringBuilder();
        for (PageResult p : report.pages()) {
            for (Finding f : p.findings()) {
                if (f.severity() == Severity.INFO) {
                    continue;
                }
                String where = f.sourceLabel() != null ? f.sourceLabel() + " (" + p.file() + ")" : p.file();
                sb.append(where).append(": ").append(f.severity().label()).append(' ').append(f.group()).append(' ')
                        .append(f.rule());
                if (!f.text().isBlank()) {
                    sb.append(" «").append(f.text()).append('»');
                }
                if (!f.suggestion().isBlank()) {
                    sb.append(" — ").append(f.suggestion());
                }
                sb.append('\n');
            }
        }
        ReportSummary s = report.summary();
        sb.append("Đã kiểm tra ").append(s.pages()).append(" trang (").append(s.violencePages())
                .append(" trang về bạo lực giới): ").append(s.bySeverity().get(Severity.ERROR)).append(" lỗi, ")
                .append(s.bySeverity().get(Severity.WARNING)).append(" cảnh báo, ")
                .append(s.bySeverity().get(Severity.INFO)).append(" thông tin.\n");
        if (!s.byGroup().isEmpty()) {
            sb.append("Theo nhóm:");
            for (Map.Entry<String, Integer> e : s.byGroup().entrySet()) {
                sb.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
            sb.append('\n');
        }
        sb.append("Nguồn tin được trích dẫn: nữ ").append(s.female()).append(", nam ").append(s.male());
        if (s.femaleShare() != null) {
            sb.append(" (tỷ lệ nữ ").append(HtmlReport.percent(s.femaleShare())).append(')');
        }
        sb.append(".\n");
        if (s.suppressions() > 0) {
            sb.append("Lệnh bỏ qua kiểm tra: ").append(s.suppressions()).append(", đã bỏ qua ")
                    .append(s.silencedFindings()).append(" phát hiện.\n");
        }
        return sb.toString();
    }
}
