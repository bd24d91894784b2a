package vn.loa.infographic;

import java.util.ArrayList;
import java.util.List;

/** Test charts built the way the build builds them: from table rows. */
final class Charts {
    private Charts() {
    }

    static Chart of(ChartKind kind, int outOf, String... labelValuePairs) {
        List<DataTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < labelValuePairs.length; i += 2) {
            rows.add(new DataTable.Row(labelValuePairs[i], labelValuePairs[i + 1], 10 + i / 2));
        }
        List<String> problems = new ArrayList<>();
        Chart chart = ChartReader.read(kind, "Tiêu đề biểu đồ thử", new DataTable("Nhóm", "Tỷ lệ", rows, 8), outOf,
            (line, message) -> problems.add(line + ": " + message)).orElse(null);
        if (chart == null) {
            throw new AssertionError("chart refused: " + problems);
        }
        return chart;
    }

    static List<Chart> oneOfEachKind() {
        return List.of(
            of(ChartKind.BAR, 10, "Năm 2015", "24%", "Năm 2020 – phụ nữ được nhắc đến hoặc được phỏng vấn trong tin tức", "25%"),
            of(ChartKind.STACKED, 10, "Phụ nữ", "25%", "Nam giới", "75%"),
            of(ChartKind.PICTOGRAM, 3, "phụ nữ từng trải qua ít nhất một hình thức bạo lực", "62,9%"),
            of(ChartKind.NUMBER, 10, "cơ quan truyền thông áp dụng thí điểm", "70%", "chưa tìm đến cơ quan chức năng", "Hơn 90%"),
            of(ChartKind.TIMELINE, 10, "15/11", "Bắt đầu Tháng hành động", "19/11", "Ngày Quốc tế Nam giới", "25/11",
                "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ"));
    }
}
