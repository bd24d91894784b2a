package vn.loa.calendar;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 section 3.1 line folding by octets: a content line longer than 75 octets is split with
 * CRLF + space, never inside a UTF-8 sequence. Libraries commonly count characters instead, which
 * is the same for English but gives lines of up to ~200 octets in Vietnamese (most letters with
 * diacritics are 2 or 3 octets), so Loa writes unfolded lines and folds them here.
 */
public final class IcsFolding {
    public static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private IcsFolding() {
    }

    /** @param unfolded content lines separated by CRLF or LF; the result ends every line with CRLF */
    public static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r?\n")) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** Octets of a string in UTF-8, for checks. */
    public static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
