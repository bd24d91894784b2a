package vn.loa.build;

import vn.loa.checker.PageResult;

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
        if (Files.isRegularFile(memo.file)) {
            try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(memo.file)))) {
                memo.previous = (Map<String, Entry>) in.readObject();
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                memo.previous = Map.of();
            }
        }
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
            // Results that cannot be saved are only checked again next time.
            try {
                Files.deleteIfExists(file.resolveSibling(FILE_NAME + ".tmp"));
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    public void discard() {
        current.clear();
    }
}
