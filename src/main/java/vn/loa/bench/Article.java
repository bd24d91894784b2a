package vn.loa.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated article: header fields plus a format-neutral body.
 *
 * @param keyValueHeader an AsciiDoc article with a JBake {@code key=value} header instead of {@code :jbake-*:} lines
 */
record Article(int index, String title, String slug, LocalDate date, List<String> tags,
               List<Block> blocks, boolean asciidoc, boolean keyValueHeader) {

    /** A body block. */
    sealed interface Block permits Paragraph, Heading, Bullets, Image, Table, Admonition, Quote {
    }

    /** A run of inline text: plain, bold, italic, a link (target: a site path or https URL) or a footnote (AsciiDoc). */
    record Span(Style style, String text, String target) {
        enum Style { TEXT, STRONG, EMPHASIS, LINK, FOOTNOTE }

        static Span text(String text) {
            return new Span(Style.TEXT, text, null);
        }
    }

    /** Paragraph text made of spans. */
    record Paragraph(List<Span> spans) implements Block {
        static Paragraph plain(String text) {
            return new Paragraph(List.of(Span.text(text)));
        }

        String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }
    }

    record Heading(String text) implements Block {
    }

    /** A list item; {@code children} are a nested list of the same kind. */
    record Item(Paragraph text, List<String> children) {
    }

    record Bullets(List<Item> items, boolean ordered) implements Block {
        static Bullets plain(List<String> items) {
            return new Bullets(items.stream().map(i -> new Item(Paragraph.plain(i), List.of())).toList(), false);
        }
    }

    /** A block image (site path under assets/) with its alt text. */
    record Image(String path, String alt) implements Block {
    }

    /** A table with a header row. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    /** An AsciiDoc admonition paragraph (Markdown: a paragraph that starts with the label in bold). */
    record Admonition(String label, String markdownLabel, Paragraph text) implements Block {
    }

    record Quote(Paragraph text, String attribution) implements Block {
    }

    /** The file name under {@code content/bai-viet/}. */
    String fileName() {
        return slug + (asciidoc ? ".adoc" : ".md");
    }
}
