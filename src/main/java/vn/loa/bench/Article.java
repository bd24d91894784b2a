package vn.loa.bench;

import java.time.LocalDate;
import java.util.List;

/** One generated article: header fields plus a format-neutral body. */
record Article(int index, String title, String slug, LocalDate date, List<String> tags,
               List<Block> blocks, boolean asciidoc) {

    /** A body block. */
    sealed interface Block permits Paragraph, Heading, Bullets {
    }

    record Paragraph(String text) implements Block {
    }

    record Heading(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /** The file name under {@code content/bai-viet/}. */
    String fileName() {
        return slug + (asciidoc ? ".adoc" : ".md");
    }
}
