package vn.loa.infographic;

import vn.loa.content.ProblemSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the first table in an infographic's body, straight from the file's lines so that every row
 * keeps its line number: a Markdown pipe table (header, a |---|---| line, rows) or an AsciiDoc
 * {@code |===} table whose first row holds the headings. The table must have exactly two columns.
 */
public final class TableReader {
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final String ASCIIDOC_FENCE = "|===";

    private TableReader() {
    }

    /**
     * @param lines     every line of the file
     * @param bodyStart 1-based line where the body starts (after the header)
     * @return the table, or empty when there is none or it is malformed (then already reported)
     */
    public static Optional<DataTable> read(List<String> lines, int bodyStart, boolean asciidoc, ProblemSink problems) {
        for (int i = Math.max(0, bodyStart - 1); i < lines.size(); i++) {
            String line = lines.get(i);
            if (asciidoc && line.strip().equals(ASCIIDOC_FENCE)) {
                return asciidocTable(lines, i, problems);
            }
            if (!asciidoc && line.contains("|") && i + 1 < lines.size() && MARKDOWN_RULE.matcher(lines.get(i + 1)).matches()) {
                return markdownTable(lines, i, problems);
            }
        }
        return Optional.empty();
    }

    private static Optional<DataTable> markdownTable(List<String> lines, int start, ProblemSink problems) {
        List<String> headings = markdownCells(lines.get(start));
        if (!twoColumns(headings.size(), start + 1, problems)) {
            return Optional.empty();
        }
        List<DataTable.Row> rows = new ArrayList<>();
        for (int i = start + 2; i < lines.size() && !lines.get(i).isBlank() && lines.get(i).contains("|"); i++) {
            List<String> cells = markdownCells(lines.get(i));
            if (!twoColumns(cells.size(), i + 1, problems)) {
                return Optional.empty();
            }
            rows.add(new DataTable.Row(cells.get(0), cells.get(1), i + 1));
        }
        return finish(headings, rows, start + 1, problems);
    }

    private static List<String> markdownCells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Cells may stand one per line or a row per line; the first row fixes the column count. */
    private static Optional<DataTable> asciidocTable(List<String> lines, int fence, ProblemSink problems) {
        List<String> texts = new ArrayList<>();
        List<Integer> cellLines = new ArrayList<>();
        int columns = 0;
        int end = -1;
        for (int i = fence + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(ASCIIDOC_FENCE)) {
                end = i;
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("|")) {
                if (texts.isEmpty()) {
                    problems.report(i + 1, "Bảng số liệu: mỗi ô cần bắt đầu bằng dấu |. Hãy viết, ví dụ, | Nhãn | 62,9");
                    return Optional.empty();
                }
                int last = texts.size() - 1;
                texts.set(last, (texts.get(last) + " " + line).strip());
                continue;
            }
            String[] cells = line.substring(1).split("\\|", -1);
            if (columns == 0) {
                columns = cells.length;
            }
            for (String cell : cells) {
                texts.add(cell.strip());
                cellLines.add(i + 1);
            }
        }
        if (end < 0) {
            problems.report(fence + 1, "Bảng số liệu mở bằng |=== nhưng chưa có dòng |=== để đóng. Hãy thêm một dòng |=== sau dòng cuối của bảng.");
            return Optional.empty();
        }
        if (!twoColumns(columns, fence + 2, problems)) {
            return Optional.empty();
        }
        if (texts.size() % 2 != 0) {
            problems.report(cellLines.get(cellLines.size() - 1), "Bảng số liệu thiếu một ô: mỗi dòng cần đủ 2 ô (nhãn và giá trị).");
            return Optional.empty();
        }
        List<DataTable.Row> rows = new ArrayList<>();
        for (int c = 2; c < texts.size(); c += 2) {
            rows.add(new DataTable.Row(texts.get(c), texts.get(c + 1), cellLines.get(c)));
        }
        return finish(texts.subList(0, 2), rows, fence + 1, problems);
    }

    private static boolean twoColumns(int count, int line, ProblemSink problems) {
        if (count == 2) {
            return true;
        }
        problems.report(line, "Bảng số liệu cần đúng 2 cột (cột nhãn và cột giá trị), dòng này có " + count
            + " cột. Hãy tách thành nhiều dòng, mỗi dòng một nhãn và một giá trị.");
        return false;
    }

    private static Optional<DataTable> finish(List<String> headings, List<DataTable.Row> rows, int line, ProblemSink problems) {
        if (rows.isEmpty()) {
            problems.report(line, "Bảng số liệu mới có dòng tiêu đề cột, chưa có dòng số liệu nào. Hãy thêm các dòng nhãn và giá trị bên dưới.");
            return Optional.empty();
        }
        return Optional.of(new DataTable(headings.get(0), headings.get(1), rows, line));
    }
}
