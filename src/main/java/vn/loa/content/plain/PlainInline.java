package vn.loa.content.plain;

/**
 * Converts one line of AsciiDoc text with the inline markup officers use, as Asciidoctor does, or refuses it:
 * constrained bold {@code *words*} and italic {@code _words_}, links {@code https://host/path[text]} and
 * {@code link:/site/path/[text]}, and bare {@code https://host/path} URLs. Only narrow forms pass: the text
 * between markup is plain ({@link PlainText#isPlain}), marked-up text and link text are plain with nothing
 * nested, a mark opens after a space, an opening bracket or quote (or at the line start) and closes before a
 * space or closing punctuation, and a URL is letters, digits, {@code . / -} only. Anything else, a lone
 * {@code *} for instance, makes the whole document go to Asciidoctor.
 *
 * <p>Why these rules give Asciidoctor's bytes: Asciidoctor replaces quotes before macros, both by regular
 * expressions over the paragraph. A constrained mark matches from an opener not preceded by a word character
 * to the first closer not followed by one; with no other {@code *} or {@code _} on the line and nothing
 * nested, that is the pair found here. URLs and link text without {@code * _ - - . .} and the like are left
 * alone by the earlier substitutions, so the link macro sees them as written.
 */
final class PlainInline {
    private static final String OPEN_BEFORE = " (“‘\"";
    private static final String CLOSE_AFTER = " .,;:!?)”’\"";

    private PlainInline() {
    }

    /**
     * Appends the line's HTML; false (and partial output) when the line is not in the accepted forms.
     *
     * @param footnotes the document's footnote texts so far (HTML), in order; this line's are added
     */
    static boolean append(StringBuilder out, String line, java.util.List<String> footnotes) {
        int plainFrom = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int end = -1;
            boolean opens = i == 0 || OPEN_BEFORE.indexOf(line.charAt(i - 1)) >= 0;
            if (c == 'f' && line.startsWith("footnote:[", i)) {
                if (!plainRun(out, line, plainFrom, i)) {
                    return false;
                }
                end = footnote(out, line, i, footnotes);
            } else if (c == '*' || c == '_') {
                if (!opens || !plainRun(out, line, plainFrom, i)) {
                    return false;
                }
                end = quoted(out, line, i, c == '*' ? "strong" : "em");
            } else if ((opens && line.startsWith("link:/", i))
                // Asciidoctor links a URL only after a space, a bracket or a straight quote; here: a space or the start
                || ((i == 0 || line.charAt(i - 1) == ' ') && (line.startsWith("https://", i) || line.startsWith("http://", i)))) {
                if (!plainRun(out, line, plainFrom, i)) {
                    return false;
                }
                end = link(out, line, i);
            } else {
                i++;
                continue;
            }
            if (end < 0) {
                return false;
            }
            i = plainFrom = end;
        }
        return plainRun(out, line, plainFrom, line.length());
    }

    /**
     * {@code footnote:[text]} with plain text: Asciidoctor numbers footnotes in document order and lists them
     * after the body ({@link #appendFootnotes}); the index after it, or -1.
     */
    private static int footnote(StringBuilder out, String line, int at, java.util.List<String> footnotes) {
        int start = at + "footnote:[".length();
        int close = line.indexOf(']', start);
        if (close < 0) {
            return -1;
        }
        String text = line.substring(start, close);
        if (!PlainText.isPlain(text)) {
            return -1;
        }
        footnotes.add(PlainText.escaped(text));
        int n = footnotes.size();
        out.append("<sup class=\"footnote\">[<a id=\"_footnoteref_").append(n).append("\" class=\"footnote\" href=\"#_footnotedef_")
            .append(n).append("\" title=\"View footnote.\">").append(n).append("</a>]</sup>");
        return close + 1;
    }

    /** The list Asciidoctor writes after an embedded document's body when it has footnotes. */
    static void appendFootnotes(StringBuilder out, java.util.List<String> footnotes) {
        if (footnotes.isEmpty()) {
            return;
        }
        out.append("\n<div id=\"footnotes\">\n<hr>");
        for (int i = 0; i < footnotes.size(); i++) {
            int n = i + 1;
            out.append("\n<div class=\"footnote\" id=\"_footnotedef_").append(n).append("\">\n<a href=\"#_footnoteref_").append(n)
                .append("\">").append(n).append("</a>. ").append(footnotes.get(i)).append("\n</div>");
        }
        out.append("\n</div>");
    }

    private static boolean plainRun(StringBuilder out, String line, int from, int to) {
        if (from == to) {
            return true;
        }
        String run = line.substring(from, to);
        String text = run.strip();
        // Spaces around the text are Asciidoctor's as they are; inside, the plain rules hold.
        if (text.isEmpty() ? !run.chars().allMatch(c -> c == ' ') : !PlainText.isPlain(text)) {
            return false;
        }
        PlainText.appendEscaped(out, run);
        return true;
    }

    /** {@code *text*} or {@code _text_} at {@code at}; the index after it, or -1. */
    private static int quoted(StringBuilder out, String line, int at, String tag) {
        char mark = line.charAt(at);
        int close = line.indexOf(mark, at + 1);
        if (close < 0 || !closes(line, close + 1)) {
            return -1;
        }
        String inner = line.substring(at + 1, close);
        if (!PlainText.isPlain(inner) || inner.indexOf('"') >= 0) {
            return -1;
        }
        out.append('<').append(tag).append('>');
        PlainText.appendEscaped(out, inner);
        out.append("</").append(tag).append('>');
        return close + 1;
    }

    private static boolean closes(String line, int after) {
        return after == line.length() || CLOSE_AFTER.indexOf(line.charAt(after)) >= 0;
    }

    /** A URL with or without link text, or a {@code link:} macro with a site path; the index after it, or -1. */
    private static int link(StringBuilder out, String line, int at) {
        boolean macro = line.startsWith("link:", at);
        int targetStart = macro ? at + "link:".length() : at;
        int pathStart = macro ? targetStart : line.indexOf("://", at) + 3;
        int end = pathStart;
        while (end < line.length() && isUrlChar(line.charAt(end))) {
            end++;
        }
        String target = line.substring(targetStart, end);
        if (end == pathStart && !macro || target.contains("..") || target.contains("--") || target.indexOf("//", pathStart - targetStart) >= 0) {
            return -1;
        }
        if (end < line.length() && line.charAt(end) == '[') {
            int close = line.indexOf(']', end);
            if (close < 0 || !closes(line, close + 1)) {
                return -1;
            }
            String text = line.substring(end + 1, close);
            if (!PlainText.isPlain(text) || text.indexOf('=') >= 0 || text.indexOf('"') >= 0) {
                return -1;
            }
            out.append("<a href=\"").append(target).append("\">");
            PlainText.appendEscaped(out, text);
            out.append("</a>");
            return close + 1;
        }
        // A bare URL: Asciidoctor ends it before trailing . , ? ! and links it with class "bare".
        if (macro) {
            return -1;
        }
        int bareEnd = end;
        while (bareEnd > pathStart && line.charAt(bareEnd - 1) == '.') {
            bareEnd--;
        }
        boolean endsWell = end == line.length() || line.charAt(end) == ' '
            || ((line.charAt(end) == ',' || line.charAt(end) == '?' || line.charAt(end) == '!')
                && (end + 1 == line.length() || line.charAt(end + 1) == ' '));
        if (bareEnd == pathStart || !endsWell || end - bareEnd > 1 || end > bareEnd && end < line.length() && line.charAt(end) != ' ') {
            return -1;
        }
        String url = line.substring(at, bareEnd);
        out.append("<a href=\"").append(url).append("\" class=\"bare\">").append(url).append("</a>");
        return bareEnd;
    }

    private static boolean isUrlChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '/' || c == '-';
    }
}
