package vn.loa.build;

import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Parse cache in memory, saved to one file between processes. The whole cache is dropped when
 * Loa's version or the parser settings change ({@code generation}), so a stale body can never
 * survive an upgrade or a change of AsciiDoc attributes.
 */
public final class FileParseCache implements ParseCache {
    private static final String FILE_NAME = "parsed-documents.bin";

    private final Path file;
    private final String generation;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean dirty;
    private final Map<Path, ReadFile> files = new ConcurrentHashMap<>();

    /** A source file as read, with the size and modification time it had then. */
    private record ReadFile(long size, long modified, Object key, boolean trusted, SourceFile source) {
    }

    private FileParseCache(Path file, String generation) {
        this.file = file;
        this.generation = generation;
    }

    /** Memory only (the preview server keeps its process, and tests want no disk state). */
    public static FileParseCache inMemory() {
        return new FileParseCache(null, "");
    }

    /** @param trusted false after an interrupted swap: the file is not read, and the next save replaces it */
    public static FileParseCache open(Path dir, String generation, boolean trusted) {
        FileParseCache cache = new FileParseCache(dir.resolve(FILE_NAME), generation);
        if (trusted) {
            cache.load();
        } else {
            cache.dirty = true;
        }
        return cache;
    }

    /**
     * In memory (the preview), reads a file again only when its size, modification time or identity changed
     * since the last bake in this process (the preview re-read 5,000 unchanged files otherwise, and hashed
     * each). As git does, a file modified within two seconds of being read is not trusted: an edit in the
     * same clock tick could keep both.
     */
    @Override
    public SourceFile read(Path file) throws IOException {
        if (this.file != null) {
            // A cache on disk serves one bake per process: keeping every source's text would only cost memory
            // (200 MB at 20,000 articles).
            return SourceFile.read(file);
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        ReadFile known = files.get(file);
        if (known != null && known.trusted() && known.size() == attributes.size() && known.modified() == modified
                && Objects.equals(known.key(), attributes.fileKey())) {
            return known.source();
        }
        long readAt = System.currentTimeMillis();
        SourceFile source = SourceFile.read(file);
        boolean trusted = readAt - modified / 1_000_000 > 2_000;
        files.put(file, new ReadFile(attributes.size(), modified, attributes.fileKey(), trusted, source));
        return source;
    }

    @Override
    public DocumentModel get(String sourcePath, String contentKey) {
        Entry entry = entries.get(sourcePath);
        if (entry == null || !entry.key.equals(contentKey)) {
            return null;
        }
        return copy(entry.model);
    }

    @Override
    public void put(String sourcePath, String contentKey, DocumentModel model) {
        entries.put(sourcePath, new Entry(contentKey, copy(model)));
        dirty = true;
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public void retainOnly(Collection<String> sourcePaths) {
        Set<String> keep = new HashSet<>(sourcePaths);
        if (entries.keySet().retainAll(keep)) {
            dirty = true;
        }
    }

    @Override
    public void save() throws IOException {
        if (file != null && dirty) {
            StoredObjects.write(file, generation, new HashMap<>(entries));
            dirty = false;
        }
    }

    @SuppressWarnings("unchecked")
    private void load() {
        Object stored = StoredObjects.read(file, generation);
        if (stored instanceof Map<?, ?> map) {
            entries.putAll((Map<String, Entry>) map);
        }
    }

    private static DocumentModel copy(DocumentModel model) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(model);
        return copy;
    }

    private record Entry(String key, DocumentModel model) implements Serializable {
    }
}
