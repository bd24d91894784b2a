package vn.loa.build;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last good bake recorded, and what this bake is recording: keyed values that become "previous"
 * only when the bake succeeds (a failed bake must not teach the next one anything). Kept in memory by the
 * preview server, and in one file between builds.
 *
 * @param <V> the recorded value (a digest, a checker result...)
 */
final class Generations<V extends Serializable> {
    private final Path file;
    private final String stamp;
    private volatile Map<String, V> previous = Map.of();
    private final Map<String, V> current = new ConcurrentHashMap<>();

    private Generations(Path file, String stamp) {
        this.file = file;
        this.stamp = stamp;
    }

    static <V extends Serializable> Generations<V> inMemory() {
        return new Generations<>(null, "");
    }

    /** @param trusted false after an interrupted swap: the file may describe another site, so it is not read */
    @SuppressWarnings("unchecked")
    static <V extends Serializable> Generations<V> open(Path file, boolean trusted) {
        Generations<V> g = new Generations<>(file, file.getFileName().toString());
        Object stored = trusted ? StoredObjects.read(file, g.stamp) : null;
        g.previous = stored instanceof Map<?, ?> map ? (Map<String, V>) map : Map.of();
        return g;
    }

    V previous(String key) {
        return previous.get(key);
    }

    void record(String key, V value) {
        current.put(key, value);
    }

    /**
     * After a successful swap: this bake becomes the previous one.
     *
     * @throws IOException when it could not be saved for the next process (which must then not trust the cache)
     */
    void commit() throws IOException {
        previous = Map.copyOf(current);
        current.clear();
        if (file != null) {
            StoredObjects.write(file, stamp, new HashMap<>(previous));
        }
    }

    /** After a failed bake: forget what was attempted. */
    void discard() {
        current.clear();
    }
}
