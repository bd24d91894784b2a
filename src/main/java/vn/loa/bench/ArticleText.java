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
        StringBuilder out = new StringBuilder()
                .append("= ").append(a.title()).append('\n')
                .append(":jbake-type: post\n")
                .append(":jbake-status: published\n")
                .append(":jbake-date: ").append(a.date()).append('\n')
                .append(":jbake-tags: ").append(String.join(", ", a.tags())).append('\n');
        body(a, out, "== ", "* ");
        return out.toString();
    }

    static String jbakeMarkdown(Article a) {
        StringBuilder out = new StringBuilder()
                .append("title=").append(a.title()).append('\n')
                .append("date=").append(a.date()).append('\n')
                .append("type=post\n")
                .append("status=published\n")
                .append("tags=").append(String.join(", ", a.tags())).append('\n')
                .append("~~~~~~\n");
        body(a, out, "## ", "- ");
        return out.toString();
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
        body(a, out, "## ", "- ");
        return out.toString();
    }

    private static void body(Article a, StringBuilder out, String headingMark, String bulletMark) {
        for (Article.Block block : a.blocks()) {
            out.append('\n');
            if (block instanceof Article.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof Article.Heading h) {
                out.append(headingMark).append(h.text()).append('\n');
            } else if (block instanceof Article.Bullets b) {
                b.items().forEach(item -> out.append(bulletMark).append(item).append('\n'));
            }
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
