package vn.loa.search;

/**
 * The words of a converted body (HTML from Asciidoctor or flexmark, tidied by the bake), for the index
 * only: tags and character references become spaces, which separate syllables as well as the real
 * characters would, and element content that is not prose ({@code script}, {@code style}) is skipped.
 * A scan instead of a parser: it runs over every body of the site on every bake.
 */
final class HtmlText {
    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    break;
                }
                String skipTo = rawTextEnd(html, i);
                i = close + 1;
                if (skipTo != null) {
                    int end = indexOfIgnoreCase(html, skipTo, i);
                    i = end < 0 ? n : end;
                }
                text.append(' ');
            } else if (c == '&') {
                int semicolon = html.indexOf(';', i);
                i = semicolon < 0 || semicolon - i > 10 ? i + 1 : semicolon + 1;
                text.append(' ');
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    /** For an opening script or style tag at {@code at}, the closing tag to skip to; otherwise null. */
    private static String rawTextEnd(String html, int at) {
        for (String name : new String[] {"script", "style"}) {
            if (html.regionMatches(true, at + 1, name, 0, name.length())) {
                int after = at + 1 + name.length();
                if (after < html.length() && !Character.isLetterOrDigit(html.charAt(after))) {
                    return "</" + name;
                }
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
