package vn.loa.checker;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor's decision to silence rules, written in the page as an HTML comment or meta tag:
 * <pre>
 * &lt;!-- loa-bo-qua: G1-viec-nha | lý do: trích dẫn để phản bác --&gt;               (next block)
 * &lt;!-- loa-bo-qua-bat-dau: G5 | lý do: ... --&gt; ... &lt;!-- loa-bo-qua-ket-thuc --&gt;  (range)
 * &lt;meta name="loa-bo-qua" content="G8-can-bang-nguon | lý do: ..."&gt;             (whole page)
 * </pre>
 * A target is a rule id, a group code (G1..G10) or {@code *}; several are separated by commas.
 */
record Suppression(Kind kind, List<String> targets, String reason, String where) {

    enum Kind {
        BLOCK("khối"), RANGE("đoạn"), PAGE("trang");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    static final String BLOCK_PREFIX = "loa-bo-qua";
    static final String RANGE_START = "loa-bo-qua-bat-dau";
    static final String RANGE_END = "loa-bo-qua-ket-thuc";

    private static final Pattern REASON = Pattern.compile("^l[ýíyi]\\s*do\\s*:?\\s*(.*)$", Pattern.DOTALL);

    boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    boolean covers(Rule rule) {
        for (String t : targets) {
            if (t.equals("*") || t.equalsIgnoreCase(rule.id()) || t.equalsIgnoreCase(rule.group())) {
                return true;
            }
        }
        return false;
    }

    Suppression at(String newWhere) {
        return new Suppression(kind, targets, reason, newWhere);
    }

    /** Parses "RULES | lý do: REASON" (the part after the directive name). */
    static Suppression parse(Kind kind, String body, String where) {
        String[] parts = body.split("\\|", 2);
        List<String> targets = List.of(parts[0].trim().split("\\s*,\\s*")).stream()
                .filter(s -> !s.isBlank()).toList();
        String reason = null;
        if (parts.length > 1) {
            String tail = java.text.Normalizer.normalize(parts[1].trim(), java.text.Normalizer.Form.NFC);
            Matcher m = REASON.matcher(tail.toLowerCase(Locale.ROOT));
            reason = m.matches() ? tail.substring(tail.length() - m.group(1).length()).trim() : tail;
        }
        return new Suppression(kind, targets.isEmpty() ? List.of("*") : targets, reason, where);
    }

    /**
     * Reads a comment's text; returns null when it is not a Loa directive. Range ends come back as a
     * RANGE suppression with no targets so the caller can close the open range.
     */
    static Suppression fromComment(String comment) {
        String c = comment.trim();
        String lower = c.toLowerCase(Locale.ROOT);
        if (lower.startsWith(RANGE_END)) {
            return new Suppression(Kind.RANGE, List.of(), null, null);
        }
        if (lower.startsWith(RANGE_START)) {
            return parse(Kind.RANGE, afterColon(c, RANGE_START.length()), null);
        }
        if (lower.startsWith(BLOCK_PREFIX) && (c.length() == BLOCK_PREFIX.length()
                || c.charAt(BLOCK_PREFIX.length()) == ':' || c.charAt(BLOCK_PREFIX.length()) == ' ')) {
            return parse(Kind.BLOCK, afterColon(c, BLOCK_PREFIX.length()), null);
        }
        return null;
    }

    boolean isRangeEnd() {
        return kind == Kind.RANGE && targets.isEmpty();
    }

    private static String afterColon(String c, int from) {
        String rest = c.substring(from).trim();
        return rest.startsWith(":") ? rest.substring(1).trim() : rest;
    }
}
