package vn.loa.infographic;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartReaderTest {

    private final List<String> problems = new ArrayList<>();

    private Optional<Chart> read(ChartKind kind, String... pairs) {
        List<DataTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            rows.add(new DataTable.Row(pairs[i], pairs[i + 1], 20 + i / 2));
        }
        return ChartReader.read(kind, "T", new DataTable("Nhóm", "Tỷ lệ", rows, 18), 10, (line, m) -> problems.add(line + ": " + m));
    }

    @Test
    void sharesMayMissOneHundredByRoundingOnly() {
        assertTrue(read(ChartKind.STACKED, "A", "33,3%", "B", "33,3%", "C", "33,3%").isPresent(), problems.toString());
        assertTrue(read(ChartKind.STACKED, "A", "50,3%", "B", "50,2%").isPresent(), problems.toString());
        assertTrue(read(ChartKind.STACKED, "A", "60%", "B", "38%").isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("18: Các phần của thanh 100% cộng lại được 98, không phải 100"), problems.get(0));
    }

    @Test
    void aCellThatIsNotANumberIsReportedAtItsRow() {
        assertTrue(read(ChartKind.BAR, "A", "12", "B", "mười hai").isEmpty());
        assertEquals(List.of("21: Giá trị \"mười hai\" không phải là một số. Hãy viết một số, ví dụ 62,9 hoặc 62,9% "
            + "(có thể thêm một từ phía trước như \"Hơn 90%\")."), problems);
    }

    @Test
    void sharesAboveOneHundredAndTooManyRowsAreRefused() {
        assertTrue(read(ChartKind.PICTOGRAM, "A", "120%").isEmpty());
        assertTrue(problems.get(0).contains("lớn hơn 100"));
        assertTrue(read(ChartKind.NUMBER, "A", "1", "B", "2", "C", "3", "D", "4", "E", "5").isEmpty());
        assertTrue(problems.get(1).startsWith("18: Biểu đồ number (con số lớn) cần từ 1 đến 4 dòng"), problems.get(1));
    }

    @Test
    void timelinesTakeTextNotNumbers() {
        Chart chart = read(ChartKind.TIMELINE, "15/11", "Bắt đầu", "25/11", "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ").orElseThrow();
        assertEquals("Bắt đầu", chart.entries().get(0).display());
    }
}
