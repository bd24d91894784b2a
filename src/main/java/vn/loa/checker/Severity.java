package vn.loa.checker;

import java.util.Locale;

/** How urgent a finding is; the order matters (INFO < WARNING < ERROR). */
public enum Severity {
    INFO("info", "note", "thông tin"),
    WARNING("warning", "warning", "cảnh báo"),
    ERROR("error", "error", "lỗi");

    private final String id;
    private final String sarifLevel;
    private final String label;

    Severity(String id, String sarifLevel, String label) {
        this.id = id;
        this.sarifLevel = sarifLevel;
        this.label = label;
    }

    /** The lower-case name used in rule files, JSON and the command line. */
    public String id() {
        return id;
    }

    public String sarifLevel() {
        return sarifLevel;
    }

    /** Vietnamese label for reports. */
    public String label() {
        return label;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Severity s : values()) {
            if (s.id.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Mức độ không hợp lệ: '" + text + "' (dùng error, warning hoặc info)");
    }
}
