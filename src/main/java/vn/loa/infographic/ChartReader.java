package vn.loa.infographic;

import vn.loa.content.ProblemSink;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns an officer's table into a {@link Chart}, checking numbers, row counts and that shares add up. */
public final class ChartReader {
    /** Rounded shares may miss 100 by this much (33,3 + 33,3 + 33,3). */
    static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ChartReader() {
    }

    public static Optional<Chart> read(ChartKind kind, String title, DataTable table, int outOf, ProblemSink problems) {
        int count = table.rows().size();
        if (count < kind.minRows() || count > kind.maxRows()) {
            problems.report(table.line(), "Biểu đồ " + kind.key() + " (" + kind.label() + ") cần từ " + kind.minRows() + " đến "
                + kind.maxRows() + " dòng số liệu, bảng này có " + count + " dòng. Hãy thêm hoặc bớt dòng, hoặc chọn kiểu biểu đồ khác.");
            return Optional.empty();
        }
        List<Chart.Entry> entries = new ArrayList<>();
        boolean ok = true;
        for (DataTable.Row row : table.rows()) {
            if (row.label().isBlank()) {
                problems.report(row.line(), "Dòng số liệu này chưa có nhãn ở cột đầu. Hãy viết nhãn, ví dụ \"Phụ nữ\".");
                ok = false;
                continue;
            }
            if (!kind.numeric()) {
                if (row.value().isBlank()) {
                    problems.report(row.line(), "Mốc thời gian \"" + row.label() + "\" chưa có nội dung ở cột thứ hai. Hãy viết sự kiện của mốc này.");
                    ok = false;
                }
                entries.add(new Chart.Entry(row.label(), row.value(), null));
                continue;
            }
            try {
                FigureValue figure = FigureValue.parse(row.value());
                if (kind.shares() && figure.value().compareTo(HUNDRED) > 0) {
                    problems.report(row.line(), "Tỷ lệ " + figure.display() + " lớn hơn 100. Biểu đồ " + kind.key()
                        + " chỉ dùng tỷ lệ phần trăm từ 0 đến 100.");
                    ok = false;
                }
                entries.add(new Chart.Entry(row.label(), figure.display(), figure));
            } catch (FigureValue.NotANumber e) {
                problems.report(row.line(), e.getMessage());
                ok = false;
            }
        }
        if (ok && kind == ChartKind.STACKED) {
            ok = checkSum(entries, table, problems);
        }
        return ok ? Optional.of(new Chart(kind, title, table.labelHeading(), table.valueHeading(), entries, outOf)) : Optional.empty();
    }

    private static boolean checkSum(List<Chart.Entry> entries, DataTable table, ProblemSink problems) {
        BigDecimal sum = entries.stream().map(e -> e.figure().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(HUNDRED).abs().compareTo(SHARE_TOLERANCE) <= 0) {
            return true;
        }
        problems.report(table.line(), "Các phần của thanh 100% cộng lại được " + sum.stripTrailingZeros().toPlainString().replace('.', ',')
            + ", không phải 100 (cho phép lệch 0,5 do làm tròn). Hãy kiểm tra các số từ dòng " + table.rows().get(0).line()
            + " đến dòng " + table.lastLine() + ", hoặc thêm một dòng cho phần còn lại (ví dụ \"Khác\").");
        return false;
    }
}
