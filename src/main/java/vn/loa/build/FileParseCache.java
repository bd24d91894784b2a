package vn.loa.build;

import org.jbake.model.DocumentModel;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private FileParseCache(Path file, String generation) {
        this.file = file;
        this.generation = generation;
    }

    /** Memory only (the preview server keeps its process, and tests want no disk state). */
    public static FileParseCache inMemory() {
        return new FileParseCache(null, "");
    }

    public static FileParseCache open(Path dir, String generation) {
        FileParseCache cache = new FileParseCache(dir.resolve(FILE_NAME), generation);
        cache.load();
        return cache;
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
    public void save() {
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
