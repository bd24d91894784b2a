package vn.loa.infographic;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableReaderTest {

    @Test
    void readsAMarkdownTableWithItsLines() {
        List<String> lines = List.of("title=x", "~~~~~~", "", "Lời dẫn.", "", "| Nhóm | Tỷ lệ |", "|---|---:|",
            "| Phụ nữ | 25% |", "Nam giới | 75%", "", "| Bảng | khác |", "|---|---|", "| x | 1 |");
        DataTable table = TableReader.read(lines, 3, false, failOnProblem()).orElseThrow();
        assertEquals("Nhóm", table.labelHeading());
        assertEquals("Tỷ lệ", table.valueHeading());
        assertEquals(6, table.line());
        assertEquals(List.of(new DataTable.Row("Phụ nữ", "25%", 8), new DataTable.Row("Nam giới", "75%", 9)), table.rows());
    }

    @Test
    void readsAnAsciidocTableWithRowsOnOneLineOrCellsOnSeveralLines() {
        List<String> lines = List.of("= Tiêu đề", ":jbake-type: infographic", "", "|===", "| Mốc | Tỷ lệ", "",
            "| Năm 2025 | 70%", "| Năm 2030", "| 90%", "|===");
        DataTable table = TableReader.read(lines, 3, true, failOnProblem()).orElseThrow();
        assertEquals(4, table.line());
        assertEquals(List.of(new DataTable.Row("Năm 2025", "70%", 7), new DataTable.Row("Năm 2030", "90%", 8)), table.rows());
    }

    @Test
    void aTableOfThreeColumnsIsRefusedAtItsLine() {
        List<String> problems = new ArrayList<>();
        List<String> lines = List.of("x", "~~~~~~", "| A | B | C |", "|---|---|---|", "| 1 | 2 | 3 |");
        assertTrue(TableReader.read(lines, 3, false, (line, message) -> problems.add(line + ": " + message)).isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("3: Bảng số liệu cần đúng 2 cột"), problems.get(0));
    }

    @Test
    void anUnclosedAsciidocTableIsReported() {
        List<String> problems = new ArrayList<>();
        List<String> lines = List.of("= T", "", "|===", "| A | B", "| x | 1");
        assertTrue(TableReader.read(lines, 2, true, (line, message) -> problems.add(line + ": " + message)).isEmpty());
        assertTrue(problems.get(0).startsWith("3: Bảng số liệu mở bằng |==="), problems.toString());
    }

    private static vn.loa.content.ProblemSink failOnProblem() {
        return (line, message) -> {
            throw new AssertionError(line + ": " + message);
        };
    }
}
