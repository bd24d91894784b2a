package vn.loa.build;

import org.jbake.model.DocumentModel;

import java.util.Collection;

/**
 * Parsed documents kept between bakes, keyed by source path and a content key (hash of the file and
 * of what it includes). Parsing AsciiDoc is most of a bake's cost; an unchanged file is never parsed twice.
 */
public interface ParseCache {
    /** A private copy of the cached model, or null. */
    DocumentModel get(String sourcePath, String contentKey);

    void put(String sourcePath, String contentKey, DocumentModel model);

    /** Forgets files that no longer exist (deleted or renamed). */
    void retainOnly(Collection<String> sourcePaths);

    /** True when nothing is cached (a cold build: every file will be parsed). */
    boolean isEmpty();

    /** A source file's text; a cache that lives across bakes may skip files it read unchanged. */
    default SourceFile read(java.nio.file.Path file) throws java.io.IOException {
        return SourceFile.read(file);
    }

    /**
     * Writes the cache where the next process can find it; no-op for memory-only caches.
     *
     * @throws java.io.IOException when it could not be saved (the next process must then not trust it)
     */
    default void save() throws java.io.IOException {
    }
}
