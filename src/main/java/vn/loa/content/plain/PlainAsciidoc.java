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
 * {@code ==} headings, bulleted or numbered lists (one level, or two with {@code **} / {@code ..}), block
 * images with alt text, and in the text bold, italic and links (see {@link PlainInline}). Asciidoctor runs on
 * JRuby, which takes seconds to start and to warm up on every build; for such documents this class writes the
 * same bytes directly. It accepts a document only when every line is one of those forms and every piece of
 * text is plain (see {@link PlainText}); anything else (a table, an admonition, a comment, an attribute, an
 * unusual character or mark) returns null and the document goes to Asciidoctor, which stays the reference.
 * {@code PlainAsciidocTest} and {@code PlainAsciidocDifferentialTest} convert documents both ways and compare.
 */
public final class PlainAsciidoc {
    private static final Pattern HEADER_ATTRIBUTE = Pattern.compile(":(jbake-[a-z0-9_][a-z0-9_-]*):(?:[ ]+(.*))?");
    private static final Pattern SECTION = Pattern.compile("(={2,6}) (.+)");
    private static final Pattern ORDERED_MARKER = Pattern.compile("(?:\\d+\\.|[a-zA-Z]\\.|[IVXivx]+\\))[ \t].*");
    private static final Pattern ADMONITION = Pattern.compile("(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t].*");
    /** An admonition paragraph's label, then one space before its text. */
    private static final Pattern ADMONITION_LABEL = Pattern.compile("(NOTE|TIP|IMPORTANT|WARNING|CAUTION): (?=\\S)");
    /**
     * The Vietnamese captions Loa gives Asciidoctor ({@code LoaAsciidoctorEngine} sets them from this map), so
     * an admonition converted here reads the same.
     */
    public static final Map<String, String> ADMONITION_CAPTIONS = Map.of(
        "NOTE", "Lưu ý", "TIP", "Mẹo", "IMPORTANT", "Quan trọng", "WARNING", "Cảnh báo", "CAUTION", "Thận trọng");
    private static final String QUOTE_DELIMITER = "____";
    private static final Pattern QUOTE_ATTRIBUTES = Pattern.compile("\\[quote(?:, (?:\"([^\"]+)\"|([^\",=\\]]+)))?\\]");
    /** A block image with a site path and alt text, quoted (commas allowed) or not. */
    private static final Pattern IMAGE = Pattern.compile(
        "image::(/[A-Za-z0-9_/-]+(?:\\.[A-Za-z0-9_-]+)*\\.(?:svg|png|jpe?g|gif|webp))\\[(?:\"([^\"]+)\"|([^\",=]+))\\]");

    /**
     * A converted document.
     *
     * @param title      the document title Asciidoctor would report (its header title, else the first section's)
     * @param attributes the {@code jbake-*} header attributes, in file order
     * @param html       the body, as Asciidoctor's embedded HTML5 conversion
     * @param quickTidy  the body has no image, site-path link, numeric entity or table (admonitions are tables), so
     *                   Loa's tidy leaves it as it is and only
     *                   counts its words ({@code DocumentFacts.tidyPlainBody})
     */
    public record Converted(String title, Map<String, String> attributes, String html, boolean quickTidy) {
    }

    private final List<String> lines;
    private int at;
    private final SectionIds ids = new SectionIds();
    private final List<String> footnotes = new ArrayList<>();
    private String firstSectionTitle;

    private PlainAsciidoc(List<String> lines) {
        this.lines = new ArrayList<>(lines); // an admonition's line is read again without its label
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
     * The words a reader sees in HTML made by {@link #convert}, separated by whitespace, as in jsoup's text of
     * the same body: a block tag becomes a space, an inline one ({@code strong em a}) nothing, and the three
     * escapes this class writes ({@code &lt; &gt; &amp;}) are undone.
     */
    public static String visibleText(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i) + 1;
                if (!isInlineTag(html, i)) {
                    text.append(' ');
                }
                i = end;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String entity = html.substring(i, end + 1);
                text.append(switch (entity) {
                    case "&lt;" -> '<';
                    case "&gt;" -> '>';
                    case "&amp;" -> '&';
                    case "&#8212;" -> '—';
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

    private static boolean isInlineTag(String html, int at) {
        int name = html.charAt(at + 1) == '/' ? at + 2 : at + 1;
        return html.startsWith("strong>", name) || html.startsWith("em>", name) || html.startsWith("a>", name)
            || html.startsWith("a ", name) || html.startsWith("sup", name);
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
        PlainInline.appendFootnotes(html, footnotes);
        String body = html.toString();
        // jsoup would write a quote's &#8212; as the character itself and add <tbody> to an admonition's table
        boolean quickTidy = !body.contains("<img") && !body.contains("href=\"/") && !body.contains("&#") && !body.contains("<table");
        return new Converted(title != null ? title : firstSectionTitle, attributes, body, quickTidy);
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
        if (line.startsWith("image::")) {
            return image(line);
        }
        if (line.startsWith("[quote") || line.equals(QUOTE_DELIMITER)) {
            return quote(line);
        }
        Matcher admonition = ADMONITION_LABEL.matcher(line);
        if (admonition.lookingAt()) {
            String label = admonition.group(1);
            lines.set(at, line.substring(admonition.end())); // the text after the label reads as a paragraph does
            return new Admonition(label.toLowerCase(java.util.Locale.ROOT), ADMONITION_CAPTIONS.get(label), textLines('\0'));
        }
        return new Paragraph(textLines('\0'));
    }

    /**
     * A block quote: {@code ____} lines around paragraphs, optionally after {@code [quote]} or
     * {@code [quote, Name]} (the name plain, quoted when it holds a comma).
     */
    private Block quote(String line) {
        String attribution = null;
        if (!line.equals(QUOTE_DELIMITER)) {
            Matcher m = QUOTE_ATTRIBUTES.matcher(line);
            if (!m.matches()) {
                throw notPlain();
            }
            attribution = m.group(1) != null ? m.group(1) : m.group(2);
            if (attribution != null && (!PlainText.isPlain(attribution) || attribution.indexOf('"') >= 0)) {
                throw notPlain();
            }
            at++;
            if (at >= lines.size() || !line(at).equals(QUOTE_DELIMITER)) {
                throw notPlain();
            }
        }
        at++;
        List<Block> paragraphs = new ArrayList<>();
        while (true) {
            if (!skipBlankLines()) {
                throw notPlain(); // an unclosed quote runs to the end: Asciidoctor warns
            }
            if (line(at).equals(QUOTE_DELIMITER)) {
                at++;
                break;
            }
            paragraphs.add(new Paragraph(textLines('\0')));
        }
        if (paragraphs.isEmpty() || at < lines.size() && !line(at).isEmpty()) {
            throw notPlain();
        }
        return new Quote(paragraphs, attribution == null ? null : PlainText.escaped(attribution));
    }

    /** A block image alone between blank lines, with a site path and plain alt text. */
    private Block image(String line) {
        Matcher m = IMAGE.matcher(line);
        if (!m.matches() || at + 1 < lines.size() && !line(at + 1).isEmpty()) {
            throw notPlain();
        }
        String alt = m.group(2) != null ? m.group(2) : m.group(3);
        if (!PlainText.isPlain(alt) || alt.indexOf('<') >= 0 || alt.indexOf('>') >= 0 || alt.indexOf('&') >= 0) {
            throw notPlain();
        }
        at++;
        return new ImageBlock(m.group(1), alt);
    }

    /**
     * A list with one marker; blank lines between items keep it one list, as in Asciidoctor. An item may hold
     * one nested list marked {@code **} (under {@code *}) or {@code ..} (under {@code .}), right below it.
     */
    private Block list(char marker) {
        char nestedMarker = marker == '-' ? '\0' : marker;
        List<Item> items = new ArrayList<>();
        while (at < lines.size() && isItem(line(at), marker)) {
            String first = itemText(line(at), 2);
            at++;
            String rest = textLines(marker);
            List<String> children = new ArrayList<>();
            while (nestedMarker != '\0' && at < lines.size() && isNestedItem(line(at), nestedMarker)) {
                String child = itemText(line(at), 3);
                at++;
                String childRest = textLines(marker);
                children.add(childRest.isEmpty() ? child : child + "\n" + childRest);
            }
            items.add(new Item(rest.isEmpty() ? first : first + "\n" + rest, children));
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

    /**
     * An item's first line converted. "- - -" and "* * *" are thematic breaks for Asciidoctor, not one-item
     * lists: an item must start like a paragraph does.
     */
    private String itemText(String line, int markerLength) {
        String first = line.substring(markerLength).stripLeading();
        if (first.isEmpty() || !startsPlain(first)) {
            throw notPlain();
        }
        return inline(first);
    }

    private static boolean isNestedItem(String line, char marker) {
        return line.length() > 3 && line.charAt(0) == marker && line.charAt(1) == marker && line.charAt(2) == ' ';
    }

    private static boolean isItem(String line, char marker) {
        return line.length() > 2 && line.charAt(0) == marker && line.charAt(1) == ' ';
    }

    private static boolean startsLikeList(String line) {
        char c = line.charAt(0);
        return c == '*' || c == '-' || c == '.' || ORDERED_MARKER.matcher(line).matches();
    }

    /**
     * Lines up to a blank line, the end, or the next item (or nested item) of a list with this marker,
     * converted to HTML.
     */
    private String textLines(char itemMarker) {
        StringBuilder html = new StringBuilder();
        for (; at < lines.size() && !line(at).isEmpty(); at++) {
            String line = line(at);
            if (isItem(line, itemMarker) || itemMarker != '-' && itemMarker != '\0' && isNestedItem(line, itemMarker)
                || line.equals(QUOTE_DELIMITER)) {
                break;
            }
            if (!startsPlain(line)) {
                throw notPlain();
            }
            if (html.length() > 0) {
                html.append('\n');
            }
            if (!PlainInline.append(html, line, footnotes)) {
                throw notPlain();
            }
        }
        return html.toString();
    }

    private String inline(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        if (!PlainInline.append(html, text, footnotes)) {
            throw notPlain();
        }
        return html.toString();
    }

    /**
     * A line that cannot open any block but a paragraph, nor continue a list item as something else:
     * it starts with a letter, digit, opening quote or bracket, or a bold or italic mark before a non-space,
     * and is not a list marker ({@code 1.}, {@code a.}, {@code iv)}) or an admonition label.
     */
    private static boolean startsPlain(String line) {
        char c = line.charAt(0);
        boolean mark = (c == '*' || c == '_') && line.length() > 1 && line.charAt(1) != ' ' && line.charAt(1) != c;
        boolean plainStart = mark || Character.isLetterOrDigit(c) || c == '“' || c == '"' || c == '(' || c == '‘';
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

    /** A paragraph; its text is already HTML. */
    private record Paragraph(String html) implements Block {
        @Override
        public void appendHtml(StringBuilder out) {
            out.append("<div class=\"paragraph\">\n<p>").append(html).append("</p>\n</div>");
        }
    }

    /** A list item's HTML and those of its nested items. */
    private record Item(String html, List<String> children) {
    }

    private record ListBlock(boolean ordered, List<Item> items) implements Block {
        @Override
        public void appendHtml(StringBuilder out) {
            out.append(ordered ? "<div class=\"olist arabic\">\n<ol class=\"arabic\">\n" : "<div class=\"ulist\">\n<ul>\n");
            for (Item item : items) {
                out.append("<li>\n<p>").append(item.html()).append("</p>\n");
                if (!item.children().isEmpty()) {
                    // Asciidoctor numbers a second ordered level with letters.
                    out.append(ordered ? "<div class=\"olist loweralpha\">\n<ol class=\"loweralpha\" type=\"a\">\n"
                        : "<div class=\"ulist\">\n<ul>\n");
                    for (String child : item.children()) {
                        out.append("<li>\n<p>").append(child).append("</p>\n</li>\n");
                    }
                    out.append(ordered ? "</ol>\n</div>\n" : "</ul>\n</div>\n");
                }
                out.append("</li>\n");
            }
            out.append(ordered ? "</ol>\n</div>" : "</ul>\n</div>");
        }
    }

    /** An admonition paragraph ({@code NOTE: text}) as Asciidoctor writes it without icons. */
    private record Admonition(String name, String caption, String html) implements Block {
        @Override
        public void appendHtml(StringBuilder out) {
            out.append("<div class=\"admonitionblock ").append(name).append("\">\n<table>\n<tr>\n<td class=\"icon\">\n")
                .append("<div class=\"title\">").append(caption).append("</div>\n</td>\n<td class=\"content\">\n")
                .append(html).append("\n</td>\n</tr>\n</table>\n</div>");
        }
    }

    private record Quote(List<Block> paragraphs, String attribution) implements Block {
        @Override
        public void appendHtml(StringBuilder out) {
            out.append("<div class=\"quoteblock\">\n<blockquote>\n");
            join(out, paragraphs);
            out.append("\n</blockquote>");
            if (attribution != null) {
                out.append("\n<div class=\"attribution\">\n&#8212; ").append(attribution).append("\n</div>");
            }
            out.append("\n</div>");
        }
    }

    private record ImageBlock(String src, String alt) implements Block {
        @Override
        public void appendHtml(StringBuilder out) {
            out.append("<div class=\"imageblock\">\n<div class=\"content\">\n<img src=\"").append(src).append("\" alt=\"");
            PlainText.appendEscaped(out, alt);
            out.append("\">\n</div>\n</div>");
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
