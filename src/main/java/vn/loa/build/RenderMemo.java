package vn.loa.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the previous successful bake wrote: output path -> digest of its inputs. A page whose inputs
 * have the same digest is taken from the previous output (a hard link, no rendering); everything
 * else is rendered. Kept in memory by the preview server and on disk between builds.
 */
public final class RenderMemo {
    private static final String FILE_NAME = "render-memo.bin";

    private final Path file;
    private static final String URL_PREFIX = "url-of:";

    private volatile Map<String, String> previous = Map.of();
    private final Map<String, String> current = new ConcurrentHashMap<>();

    private RenderMemo(Path file) {
        this.file = file;
    }

    public static RenderMemo inMemory() {
        return new RenderMemo(null);
    }

    @SuppressWarnings("unchecked")
    public static RenderMemo open(Path dir) {
        RenderMemo memo = new RenderMemo(dir.resolve(FILE_NAME));
        Object stored = StoredObjects.read(memo.file, FILE_NAME);
        memo.previous = stored instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
        return memo;
    }

    /** True when {@code path} was written last time from inputs with this digest. */
    public boolean unchanged(String path, String digest) {
        return digest.equals(previous.get(path));
    }

    public void record(String path, String digest) {
        current.put(path, digest);
    }

    /** Remembers which URL a content file was published at, to notice when an edit moves it. */
    public void recordUrl(String sourcePath, String url) {
        current.put(URL_PREFIX + sourcePath, url);
    }

    /** The URL a content file had in the last good bake, or null. */
    public String previousUrl(String sourcePath) {
        return previous.get(URL_PREFIX + sourcePath);
    }

    /** After a successful swap: this bake becomes the previous one. */
    public void commit() {
        previous = Map.copyOf(current);
        current.clear();
        StoredObjects.write(file, FILE_NAME, new HashMap<>(previous));
    }

    /** After a failed bake: forget what was attempted. */
    public void discard() {
        current.clear();
    }
}
