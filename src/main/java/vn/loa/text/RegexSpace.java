package vn.loa.text;

/**
 * The characters {@code \s} matches in a Java regular expression (space, tab, line feed, vertical tab, form
 * feed, carriage return), for hot loops that split text the way {@code split("\\s+")} would without running
 * the regular expression engine.
 */
public final class RegexSpace {
    private RegexSpace() {
    }

    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
