package vn.loa.infographic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The charts a data infographic can draw, with the header value officers write and a Vietnamese name. */
public enum ChartKind {
    BAR("bar", "biểu đồ thanh ngang", 1, 12),
    STACKED("stacked", "thanh 100% chia phần", 2, 6),
    PICTOGRAM("pictogram", "biểu đồ hình người", 1, 3),
    NUMBER("number", "con số lớn", 1, 4),
    TIMELINE("timeline", "dòng thời gian", 2, 10);

    private final String key;
    private final String label;
    private final int minRows;
    private final int maxRows;

    ChartKind(String key, String label, int minRows, int maxRows) {
        this.key = key;
        this.label = label;
        this.minRows = minRows;
        this.maxRows = maxRows;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public int minRows() {
        return minRows;
    }

    public int maxRows() {
        return maxRows;
    }

    /** Whether the second column holds numbers (a timeline's holds text). */
    public boolean numeric() {
        return this != TIMELINE;
    }

    /** Whether the numbers are shares of a whole (0 to 100). */
    public boolean shares() {
        return this == STACKED || this == PICTOGRAM;
    }

    public static Optional<ChartKind> of(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
    }

    /** "bar (biểu đồ thanh ngang), stacked (...), ..." for messages. */
    public static String describe() {
        return Arrays.stream(values()).map(k -> k.key + " (" + k.label + ")").collect(Collectors.joining(", "));
    }
}
