package vn.loa.content.plain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts plain-prose AsciiDoc to the exact HTML Asciidoctor makes of it, without starting JRuby.
 *
 * <p>Most articles a communication office writes are a title, {@code :jbake-*:} header lines, paragraphs,
 * {@code ==} headings and simple bulleted or numbered lists. Asciidoctor runs on JRuby, which takes
 * seconds to start and to warm up on every build; for such documents this class writes the same bytes
 * directly. It accepts a document only when every line is one of those plain forms and every piece of
 * text is plain (see {@link PlainText}); anything else (a table, an image, bold text, a link, an
 * attribute, a comment, an unusual character) returns null and the document goes to Asciidoctor,
 * which stays the reference. {@code PlainAsciidocTest} converts documents both ways and compares.
 */
public final class PlainAsciidoc {
    private static final Pattern HEADER_ATTRIBUTE = Pattern.compile(":(jbake-[a-z0-9_][a-z0-9_-]*):(?:[ ]+(.*))?");
    private static final Pattern SECTION = Pattern.compile("(={2,6}) (.+)");
    private static final Pattern ORDERED_MARKER = Pattern.compile("(?:\\d+\\.|[a-zA-Z]\\.|[IVXivx]+\\))[ \t].*");
    private static final Pattern ADMONITION = Pattern.compile("(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t].*");

    /**
     * A converted document.
     *
     * @param title      the document title Asciidoctor would report (its header title, else the first section's)
     * @param attributes the {@code jbake-*} header attributes, in file order
     * @param html       the body, as Asciidoctor's embedded HTML5 conversion
     */
    public record Converted(String title, Map<String, String> attributes, String html) {
    }

    private final List<String> lines;
    private int at;
    private final SectionIds ids = new SectionIds();
    private String firstSectionTitle;

    private PlainAsciidoc(List<String> lines) {
        this.lines = lines;
    }

    /**
     * @param lines the text Asciidoctor would see (after a JBake {@code key=value} header, or the whole file)
     * @return the conversion, or null when the document uses anything beyond plain prose
     */
    public static Converted convert(List<String> lines) {
        try {
            return new PlainAsciidoc(lines).document();
        } catch (NotPlain e) {
            return null;
        }
    }

    /**
     * The words a reader sees in HTML made by {@link #convert}, separated by whitespace: every tag becomes a
     * space and the three escapes this class writes ({@code &lt; &gt; &amp;}) are undone. Such HTML has no
     * inline element, so a tag always separates words, as it does in jsoup's text of the same body.
     */
    public static String visibleText(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                i = html.indexOf('>', i) + 1;
                text.append(' ');
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String entity = html.substring(i, end + 1);
                text.append(switch (entity) {
                    case "&lt;" -> '<';
                    case "&gt;" -> '>';
                    case "&amp;" -> '&';
                    default -> throw new IllegalArgumentException("Not written by PlainAsciidoc: " + entity);
                });
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    /** Thrown, cheaply, at the first line that is not plain. */
    private static final class NotPlain extends RuntimeException {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private static NotPlain notPlain() {
        return NotPlain.INSTANCE;
    }

    private Converted document() {
        skipBlankLines();
        String title = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        if (at < lines.size() && line(at).startsWith("= ")) {
            title = PlainText.escaped(plainTitle(line(at).substring(2))); // reported as converted, entities and all
            at++;
            readHeaderAttributes(attributes);
        }
        List<Block> blocks = new ArrayList<>();
        List<Block> preamble = new ArrayList<>();
        List<Section> open = new ArrayList<>(); // the section path at the current line, outermost first
        while (skipBlankLines()) {
            String line = line(at);
            if (line.startsWith("=")) {
                Section section = section(line, open.isEmpty() ? 0 : open.get(open.size() - 1).level);
                while (!open.isEmpty() && open.get(open.size() - 1).level >= section.level) {
                    open.remove(open.size() - 1);
                }
                (open.isEmpty() ? blocks : open.get(open.size() - 1).children).add(section);
                open.add(section);
                at++;
                continue;
            }
            Block block = block(line);
            if (!open.isEmpty()) {
                open.get(open.size() - 1).children.add(block);
            } else {
                (title != null ? preamble : blocks).add(block);
            }
        }
        StringBuilder html = new StringBuilder(4096);
        boolean hasSections = blocks.stream().anyMatch(Section.class::isInstance);
        if (!preamble.isEmpty() && hasSections) {
            // Asciidoctor wraps what precedes the first section of a titled document; without sections it does not.
            html.append("<div id=\"preamble\">\n<div class=\"sectionbody\">\n");
            join(html, preamble);
            html.append("\n</div>\n</div>");
            if (!blocks.isEmpty()) {
                html.append('\n');
            }
        } else {
            preamble.addAll(blocks);
            blocks = preamble;
        }
        join(html, blocks);
        return new Converted(title != null ? title : firstSectionTitle, attributes, html.toString());
    }

    private void readHeaderAttributes(Map<String, String> attributes) {
        for (; at < lines.size() && !line(at).isEmpty(); at++) {
            Matcher m = HEADER_ATTRIBUTE.matcher(line(at));
            if (!m.matches()) {
                throw notPlain(); // an author or revision line, another attribute, a comment
            }
            String value = m.group(2) == null ? "" : m.group(2);
            // Header values go through special characters and attribute references; trailing \ or + continue them.
            if (value.indexOf('{') >= 0 || value.startsWith("pass:") || value.endsWith("\\") || value.endsWith("+")
                || attributes.put(m.group(1), PlainText.escaped(value)) != null) {
                throw notPlain();
            }
        }
    }

    private Section section(String line, int parentLevel) {
        Matcher m = SECTION.matcher(line);
        if (!m.matches()) {
            throw notPlain();
        }
        int level = m.group(1).length() - 1;
        // A skipped level makes Asciidoctor warn; the warning belongs to the officer, so Asciidoctor says it.
        if (level > parentLevel + 1) {
            throw notPlain();
        }
        String title = plainTitle(m.group(2));
        // The id comes from the converted title, whose entities (&amp;, &lt;) Asciidoctor drops whole, as the
        // raw characters are dropped here.
        String id = ids.next(title);
        if (id == null) {
            throw notPlain();
        }
        String html = PlainText.escaped(title);
        if (firstSectionTitle == null) {
            firstSectionTitle = html;
        }
        return new Section(level, html, id);
    }

    private Block block(String line) {
        char marker = line.charAt(0);
        if ((marker == '*' || marker == '-' || marker == '.') && line.length() > 1 && line.charAt(1) == ' ') {
            return list(marker);
        }
        return new Paragraph(textLines('\0'));
    }

    /** A list with one marker and one level; blank lines between items keep it one list, as in Asciidoctor. */
    private Block list(char marker) {
        List<String> items = new ArrayList<>();
        while (at < lines.size() && isItem(line(at), marker)) {
            String first = line(at).substring(2).stripLeading();
            // "- - -" and "* * *" are thematic breaks for Asciidoctor, not one-item lists: an item must start
            // like a paragraph does.
            if (first.isEmpty() || !startsPlain(first) || !PlainText.isPlain(first)) {
                throw notPlain();
            }
            at++;
            String rest = textLines(marker);
            items.add(rest.isEmpty() ? first : first + "\n" + rest);
            int afterBlanks = at;
            while (afterBlanks < lines.size() && line(afterBlanks).isEmpty()) {
                afterBlanks++;
            }
            if (afterBlanks < lines.size() && isItem(line(afterBlanks), marker)) {
                at = afterBlanks;
            } else if (afterBlanks < lines.size() && startsLikeList(line(afterBlanks))) {
                throw notPlain(); // another kind of list after a list nests inside its last item
            }
        }
        if (items.isEmpty()) {
            throw notPlain();
        }
        return new ListBlock(marker == '.', items);
    }

    private static boolean isItem(String line, char marker) {
        return line.length() > 2 && line.charAt(0) == marker && line.charAt(1) == ' ';
    }

    private static boolean startsLikeList(String line) {
        char c = line.charAt(0);
        return c == '*' || c == '-' || c == '.' || ORDERED_MARKER.matcher(line).matches();
    }

    /** Plain lines up to a blank line, the end, or the next item of a list with this marker. */
    private String textLines(char itemMarker) {
        StringBuilder text = new StringBuilder();
        for (; at < lines.size() && !line(at).isEmpty(); at++) {
            String line = line(at);
            if (isItem(line, itemMarker)) {
                break;
            }
            if (!startsPlain(line) || !PlainText.isPlain(line)) {
                throw notPlain();
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line);
        }
        return text.toString();
    }

    /**
     * A line that cannot open any block but a paragraph, nor continue a list item as something else:
     * it starts with a letter, digit or opening quote or bracket, and is not a list marker ({@code 1.},
     * {@code a.}, {@code iv)}) or an admonition label.
     */
    private static boolean startsPlain(String line) {
        char c = line.charAt(0);
        boolean plainStart = Character.isLetterOrDigit(c) || c == '“' || c == '"' || c == '(' || c == '‘';
        return plainStart && !ORDERED_MARKER.matcher(line).matches() && !ADMONITION.matcher(line).matches();
    }

    /** A title without {@code =}: Asciidoctor drops a closing run of them, and "=" in a title is rare enough. */
    private static String plainTitle(String raw) {
        String title = raw.strip();
        if (!PlainText.isPlain(title) || title.indexOf('=') >= 0) {
            throw notPlain();
        }
        return title;
    }

    /** Skips blank lines; false at the end of the document. */
    private boolean skipBlankLines() {
        while (at < lines.size() && line(at).isEmpty()) {
            at++;
        }
        return at < lines.size();
    }

    /**
     * The line as Asciidoctor's reader sees it: trailing white space removed. Leading white space (a literal
     * block), tabs and control characters are never plain.
     */
    private String line(int index) {
        String line = lines.get(index);
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && line.charAt(0) == ' ') {
            throw notPlain();
        }
        return end == line.length() ? line : line.substring(0, end);
    }

    private static void join(StringBuilder html, List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                html.append('\n');
            }
            blocks.get(i).appendHtml(html);
        }
    }

    private interface Block {
        void appendHtml(StringBuilder html);
    }

    private record Paragraph(String text) implements Block {
        @Override
        public void appendHtml(StringBuilder html) {
            html.append("<div class=\"paragraph\">\n<p>");
            PlainText.appendEscaped(html, text);
            html.append("</p>\n</div>");
        }
    }

    private record ListBlock(boolean ordered, List<String> items) implements Block {
        @Override
        public void appendHtml(StringBuilder html) {
            html.append(ordered ? "<div class=\"olist arabic\">\n<ol class=\"arabic\">\n" : "<div class=\"ulist\">\n<ul>\n");
            for (String item : items) {
                html.append("<li>\n<p>");
                PlainText.appendEscaped(html, item);
                html.append("</p>\n</li>\n");
            }
            html.append(ordered ? "</ol>\n</div>" : "</ul>\n</div>");
        }
    }

    private static final class Section implements Block {
        final int level;
        final String title;
        final String id;
        final List<Block> children = new ArrayList<>();

        Section(int level, String title, String id) {
            this.level = level;
            this.title = title;
            this.id = id;
        }

        @Override
        public void appendHtml(StringBuilder html) {
            int heading = level + 1;
            html.append("<div class=\"sect").append(level).append("\">\n<h").append(heading)
                .append(" id=\"").append(id).append("\">").append(title).append("</h").append(heading).append(">\n");
            if (level == 1) {
                html.append("<div class=\"sectionbody\">\n");
                join(html, children);
                html.append("\n</div>");
            } else {
                join(html, children);
            }
            html.append("\n</div>");
        }
    }
}
