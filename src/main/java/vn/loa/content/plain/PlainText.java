package vn.loa.content.plain;

/**
 * Decides whether a run of text means nothing special to Asciidoctor's inline substitutions, and
 * escapes it the way Asciidoctor's "special characters" step does.
 *
 * <p>The test is deliberately narrow: letters, digits, spaces and everyday punctuation only. Any
 * character that can start markup (quotes, attribute references, macros, passthroughs, replacements
 * such as {@code --} or {@code (C)}, line-break {@code +}, e-mail autolinks) sends the whole document to
 * Asciidoctor, which stays the reference. A false "not plain" only costs speed; a false "plain" would
 * change a page, so when in doubt a character is not plain.
 */
final class PlainText {
    /** Punctuation that Asciidoctor passes through unchanged (alone; some pairs are checked below). */
    private static final String PUNCTUATION = " .,;:!?()%/-=\"“”‘’–—…<>&";

    private PlainText() {
    }

    /** Whether inline substitutions would leave this text as it is (apart from escaping {@code <>&}). */
    static boolean isPlain(String text) {
        if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPlainChar(c)) {
                return false;
            }
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            switch (c) {
                // replacements: -- … -> => <- <= and the entity a bare & could start
                case '-' -> {
                    if (next == '-' || next == '>') {
                        return false;
                    }
                }
                case '.' -> {
                    if (next == '.') {
                        return false;
                    }
                }
                case '=' -> {
                    if (next == '>') {
                        return false;
                    }
                }
                case '<' -> {
                    if (next == '-' || next == '=' || next == '<') {
                        return false;
                    }
                }
                case '&' -> {
                    if (Character.isLetterOrDigit(next) || next == '#') {
                        return false;
                    }
                }
                // (C) (R) (TM), index terms ((…)); double colons and semicolons start list terms and macros
                case '(' -> {
                    if (next == '(' || text.startsWith("C)", i + 1) || text.startsWith("R)", i + 1)
                        || text.startsWith("TM)", i + 1)) {
                        return false;
                    }
                }
                case ':', ';' -> {
                    if (next == c || (c == ':' && next == '/')) { // list terms, macros, URLs (https://)
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * Letters of the scripts Vietnamese and its neighbours' romanised names use, where Java and Ruby
     * agree on lower case; ASCII digits; the punctuation above. Nothing else (no symbols, no other
     * scripts, no combining marks: input is NFC).
     */
    static boolean isPlainChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || PUNCTUATION.indexOf(c) >= 0;
        }
        if ((c >= 0xC0 && c <= 0x17F && c != 0x130 && c != 0x131) // Latin-1 and Extended-A (Đ đ), not dotted/dotless i
            || c == 0x1A0 || c == 0x1A1 || c == 0x1AF || c == 0x1B0 // Ơ ơ Ư ư
            || (c >= 0x1EA0 && c <= 0x1EF9)) { // Vietnamese letters with tone marks
            return Character.isLetter(c);
        }
        return PUNCTUATION.indexOf(c) >= 0;
    }

    /** Appends the text with {@code < > &} escaped, as Asciidoctor's special-characters substitution does. */
    static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
    }

    static String escaped(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('>') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text);
        return out.toString();
    }
}
