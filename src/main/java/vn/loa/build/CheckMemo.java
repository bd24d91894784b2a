package vn.loa.build;

import vn.loa.checker.PageResult;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checker results of the last good bake, by page and input digest: a page reused unchanged keeps its
 * findings without being read and checked again. The digest includes the rules, so editing a rule
 * re-checks every page.
 */
public final class CheckMemo {
    private static final String FILE_NAME = "check-memo.bin";

    private record Entry(String digest, PageResult result) implements java.io.Serializable {
    }

    private final Path file;
    private volatile Map<String, Entry> previous = Map.of();
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private CheckMemo(Path file) {
        this.file = file;
    }

    public static CheckMemo inMemory() {
        return new CheckMemo(null);
    }

    @SuppressWarnings("unchecked")
    public static CheckMemo open(Path dir) {
        CheckMemo memo = new CheckMemo(dir.resolve(FILE_NAME));
        Object stored = StoredObjects.read(memo.file, FILE_NAME);
        memo.previous = stored instanceof Map<?, ?> map ? (Map<String, Entry>) map : Map.of();
        return memo;
    }

    public PageResult lookup(String page, String digest) {
        Entry e = previous.get(page);
        return e != null && e.digest().equals(digest) ? e.result() : null;
    }

    public void record(String page, String digest, PageResult result) {
        current.put(page, new Entry(digest, result));
    }

    public void commit() {
        previous = Map.copyOf(current);
        current.clear();
        StoredObjects.write(file, FILE_NAME, new HashMap<>(previous));
    }

    public void discard() {
        current.clear();
    }
}
