package vn.loa.checker;

/**
 * A checker rule file that cannot be used: which file (its name in the rules folder), which line (0 when unknown)
 * and what is wrong, in Vietnamese. The build reports it as a problem of {@code checker/rules/<file>}.
 */
public final class RuleFileException extends IllegalArgumentException {
    private final String file;
    private final int line;
    private final String why;
    /** Text near the mistake, used to find its line once the file's text is known; null when none. */
    final transient String needle;

    RuleFileException(String file, int line, String why, String needle) {
        super("Tệp quy tắc " + file + (line > 0 ? ", dòng " + line : "") + ": " + why);
        this.file = file;
        this.line = line;
        this.why = why;
        this.needle = needle;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** What is wrong and what to do, without the file and line. */
    public String why() {
        return why;
    }

    /** The same problem, to be located at the first line containing {@code text}. */
    RuleFileException near(String text) {
        return new RuleFileException(file, line, why, text);
    }

    /** This problem with its line found in {@code text} (the first line containing the needle). */
    RuleFileException locatedIn(String text) {
        if (line > 0 || needle == null) {
            return this;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return new RuleFileException(file, i + 1, why, null);
            }
        }
        return this;
    }
}
