package vn.loa.checker;

/**
 * One problem on one page.
 *
 * @param file       page path relative to the site root
 * @param sourceFile content file the page was baked from, when known
 * @param sourceLine 1-based line in {@code sourceFile} where {@code text} was found, when known
 * @param text       the matched words as they appear on the page
 * @param context    the sentence holding them
 * @param message    why it matters (Vietnamese)
 * @param suggestion a better wording or action (Vietnamese), possibly empty
 */
public record Finding(String file, String sourceFile, Integer sourceLine, String group, String rule,
                      Severity severity, Scope scope, String text, String context, String message,
                      String suggestion) implements java.io.Serializable {

    Finding withSource(String newSourceFile, Integer newLine) {
        return new Finding(file, newSourceFile, newLine, group, rule, severity, scope, text, context, message,
                suggestion);
    }

    /** "content/bai-viet/x.adoc:12", the file alone, or null. */
    public String sourceLabel() {
        if (sourceFile == null) {
            return null;
        }
        return sourceLine == null ? sourceFile : sourceFile + ":" + sourceLine;
    }
}
