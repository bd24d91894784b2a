package vn.loa.bench;

import java.util.List;

/** Writes an {@link Article} as JBake AsciiDoc, JBake Markdown or Hugo Markdown. */
final class ArticleText {

    private ArticleText() {
    }

    /** The article in its own JBake format (AsciiDoc or Markdown). */
    static String jbake(Article a) {
        return a.asciidoc() ? asciidoc(a) : jbakeMarkdown(a);
    }

    static String asciidoc(Article a) {
        if (a.keyValueHeader()) {
            StringBuilder out = keyValueHeader(a);
            new AsciidocBody(out).blocks(a.blocks());
            return out.toString();
        }
        StringBuilder out = new StringBuilder()
                .append("= ").append(a.title()).append('\n')
                .append(":jbake-type: post\n")
                .append(":jbake-status: published\n")
                .append(":jbake-date: ").append(a.date()).append('\n')
                .append(":jbake-tags: ").append(String.join(", ", a.tags())).append('\n');
        new AsciidocBody(out).blocks(a.blocks());
        return out.toString();
    }

    static String jbakeMarkdown(Article a) {
        StringBuilder out = keyValueHeader(a);
        new MarkdownBody(out).blocks(a.blocks());
        return out.toString();
    }

    private static StringBuilder keyValueHeader(Article a) {
        return new StringBuilder()
                .append("title=").append(a.title()).append('\n')
                .append("date=").append(a.date()).append('\n')
                .append("type=post\n")
                .append("status=published\n")
                .append("tags=").append(String.join(", ", a.tags())).append('\n')
                .append("~~~~~~\n");
    }

    /** Hugo front matter (YAML) followed by the same Markdown body. */
    static String hugoMarkdown(Article a) {
        StringBuilder out = new StringBuilder()
                .append("---\n")
                .append("title: \"").append(a.title()).append("\"\n")
                .append("date: ").append(a.date()).append('\n')
                .append("slug: ").append(a.slug()).append('\n')
                .append("tags: [").append(quoted(a.tags())).append("]\n")
                .append("---\n");
        new MarkdownBody(out).blocks(a.blocks());
        return out.toString();
    }

    /** The body blocks, each after a blank line; subclasses write each kind in their markup. */
    private abstract static class Body {
        final StringBuilder out;

        Body(StringBuilder out) {
            this.out = out;
        }

        void blocks(List<Article.Block> blocks) {
            for (Article.Block block : blocks) {
                out.append('\n');
                if (block instanceof Article.Paragraph p) {
                    spans(p).append('\n');
                } else if (block instanceof Article.Heading h) {
                    heading(h.text());
                } else if (block instanceof Article.Bullets b) {
                    list(b);
                } else if (block instanceof Article.Image i) {
                    image(i);
                } else if (block instanceof Article.Table t) {
                    table(t);
                } else if (block instanceof Article.Admonition n) {
                    admonition(n);
                } else if (block instanceof Article.Quote q) {
                    quote(q);
                }
            }
        }

        StringBuilder spans(Article.Paragraph paragraph) {
            for (Article.Span span : paragraph.spans()) {
                span(span);
            }
            return out;
        }

        abstract void span(Article.Span span);

        abstract void heading(String text);

        abstract void list(Article.Bullets list);

        abstract void image(Article.Image image);

        abstract void table(Article.Table table);

        abstract void admonition(Article.Admonition admonition);

        abstract void quote(Article.Quote quote);
    }

    private static final class AsciidocBody extends Body {
        AsciidocBody(StringBuilder out) {
            super(out);
        }

        @Override
        void span(Article.Span span) {
            switch (span.style()) {
                case TEXT -> out.append(span.text());
                case STRONG -> out.append('*').append(span.text()).append('*');
                case EMPHASIS -> out.append('_').append(span.text()).append('_');
                case LINK -> out.append(span.target().startsWith("/") ? "link:" : "").append(span.target())
                    .append('[').append(span.text()).append(']');
                case FOOTNOTE -> out.append("footnote:[").append(span.text()).append(']');
            }
        }

        @Override
        void heading(String text) {
            out.append("== ").append(text).append('\n');
        }

        @Override
        void list(Article.Bullets list) {
            String marker = list.ordered() ? "." : "*";
            for (Article.Item item : list.items()) {
                out.append(marker).append(' ');
                spans(item.text()).append('\n');
                item.children().forEach(child -> out.append(marker).append(marker).append(' ').append(child).append('\n'));
            }
        }

        @Override
        void image(Article.Image image) {
            out.append("image::").append(image.path()).append("[\"").append(image.alt()).append("\"]\n");
        }

        @Override
        void table(Article.Table table) {
            out.append("[cols=\"").append("1,".repeat(table.header().size() - 1)).append("2\",options=\"header\"]\n|===\n");
            row(table.header());
            for (List<String> row : table.rows()) {
                out.append('\n');
                row(row);
            }
            out.append("|===\n");
        }

        private void row(List<String> cells) {
            for (String cell : cells) {
                out.append('|').append(cell).append('\n');
            }
        }

        @Override
        void admonition(Article.Admonition admonition) {
            out.append(admonition.label()).append(": ");
            spans(admonition.text()).append('\n');
        }

        @Override
        void quote(Article.Quote quote) {
            // A comma would start the cited title: officers quote a name with a comma, as here.
            String name = quote.attribution().contains(",") ? '"' + quote.attribution() + '"' : quote.attribution();
            out.append("[quote, ").append(name).append("]\n____\n");
            spans(quote.text()).append("\n____\n");
        }
    }

    private static final class MarkdownBody extends Body {
        MarkdownBody(StringBuilder out) {
            super(out);
        }

        @Override
        void span(Article.Span span) {
            switch (span.style()) {
                case TEXT -> out.append(span.text());
                case STRONG -> out.append("**").append(span.text()).append("**");
                case EMPHASIS -> out.append('_').append(span.text()).append('_');
                case LINK -> out.append('[').append(span.text()).append("](").append(span.target()).append(')');
                case FOOTNOTE -> out.append(" (").append(span.text()).append(')'); // no footnotes in JBake's Markdown settings
            }
        }

        @Override
        void heading(String text) {
            out.append("## ").append(text).append('\n');
        }

        @Override
        void list(Article.Bullets list) {
            int number = 1;
            for (Article.Item item : list.items()) {
                String marker = list.ordered() ? (number++) + ". " : "- ";
                out.append(marker);
                spans(item.text()).append('\n');
                String indent = " ".repeat(marker.length());
                int child = 1;
                for (String text : item.children()) {
                    out.append(indent).append(list.ordered() ? (child++) + ". " : "- ").append(text).append('\n');
                }
            }
        }

        @Override
        void image(Article.Image image) {
            out.append("![").append(image.alt()).append("](").append(image.path()).append(")\n");
        }

        @Override
        void table(Article.Table table) {
            row(table.header());
            out.append("|---".repeat(table.header().size())).append("|\n");
            table.rows().forEach(this::row);
        }

        private void row(List<String> cells) {
            for (String cell : cells) {
                out.append("| ").append(cell).append(' ');
            }
            out.append("|\n");
        }

        @Override
        void admonition(Article.Admonition admonition) {
            out.append("**").append(admonition.markdownLabel()).append(":** ");
            spans(admonition.text()).append('\n');
        }

        @Override
        void quote(Article.Quote quote) {
            out.append("> ");
            spans(quote.text()).append("\n>\n> — ").append(quote.attribution()).append('\n');
        }
    }

    private static String quoted(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String v : values) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(v).append('"');
        }
        return out.toString();
    }
}
