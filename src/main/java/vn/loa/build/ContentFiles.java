package vn.loa.build;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files under content/ are pages, by extension. Kept apart from {@link LoaCrawler} so the bake
 * can look for AsciiDoc (and start JRuby) before JBake's crawler classes are even loaded.
 */
final class ContentFiles {
    static final Set<String> ASCIIDOC = Set.of("adoc", "asciidoc", "ad");
    static final Set<String> CONTENT = Set.of("adoc", "asciidoc", "ad", "md");
    /** Office files that officers sometimes drop into content/ expecting them to be published as articles. */
    static final Set<String> NOT_CONTENT = Set.of("doc", "docx", "odt", "txt", "markdown", "rtf", "pdf");

    private ContentFiles() {
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean isAsciidoc(Path file) {
        return ASCIIDOC.contains(extension(file));
    }
}
