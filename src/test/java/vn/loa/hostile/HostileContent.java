package vn.loa.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small builders for hostile content: articles around a chosen body, links and raw files. */
final class HostileContent {
    /** Lines before a Markdown body: the body starts on line {@value}. */
    static final int MD_BODY_LINE = 8;
    /** Lines before an AsciiDoc body: the body starts on line {@value}. */
    static final int ADOC_BODY_LINE = 6;

    private HostileContent() {
    }

    /** A published Markdown article whose body (from line {@link #MD_BODY_LINE}) is {@code body}. */
    static String markdown(String body) {
        return """
            title=Bài thử
            date=2026-11-16
            type=post
            status=published
            tags=gia đình
            ~~~~~~

            """ + body + "\n";
    }

    /** A published AsciiDoc article whose body (from line {@link #ADOC_BODY_LINE}) is {@code body}. */
    static String asciidoc(String body) {
        return """
            = Bài thử AsciiDoc
            :jbake-type: post
            :jbake-status: published
            :jbake-date: 2026-11-16

            """ + body + "\n";
    }

    static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void bytes(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
