package vn.loa.infographic;

import java.util.List;

/**
 * The table an officer wrote in an infographic page: two column headings and rows of two cells,
 * each row with the file line it stands on.
 *
 * @param line first line of the table in the file
 */
public record DataTable(String labelHeading, String valueHeading, List<Row> rows, int line) {

    public record Row(String label, String value, int line) {
    }

    public DataTable {
        rows = List.copyOf(rows);
    }

    /** Line of the last row, for messages about the whole table. */
    public int lastLine() {
        return rows.isEmpty() ? line : rows.get(rows.size() - 1).line();
    }
}
