package vn.loa.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        if (Files.isRegularFile(memo.file)) {
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(memo.file)))) {
                memo.previous = (Map<String, String>) in.readObject();
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                memo.previous = Map.of();
            }
        }
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
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeObject(new HashMap<>(previous));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("Cảnh báo: không ghi được bộ nhớ đệm " + file + ": " + e.getMessage());
        }
    }

    /** After a failed bake: forget what was attempted. */
    public void discard() {
        current.clear();
    }
}
