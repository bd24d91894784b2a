package vn.loa.checker;

import java.util.Locale;

/** Where on a page a piece of text sits; rules may be limited to some scopes. */
public enum Scope {
    HEADLINE("headline", "tiêu đề"),
    LEAD("lead", "sapo"),
    BODY("body", "thân bài"),
    CAPTION("caption", "chú thích ảnh"),
    ALT("alt", "văn bản thay thế của ảnh");

    private final String id;
    private final String label;

    Scope(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Scope parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Scope s : values()) {
            if (s.id.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Phạm vi không hợp lệ: '" + text
                + "' (dùng headline, lead, body, caption hoặc alt)");
    }
}
