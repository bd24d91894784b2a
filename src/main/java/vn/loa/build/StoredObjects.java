package vn.loa.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The caches Loa keeps between builds (parsed documents, render and check digests) are plain Java
 * serialisation in one file each, written atomically. An unreadable file means "no cache": the build
 * is then only slower, never wrong.
 */
final class StoredObjects {
    private StoredObjects() {
    }

    /** The object stored in {@code file} under {@code stamp}, or null when missing, stale or unreadable. */
    static Object read(Path file, String stamp) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return stamp.equals(in.readUTF()) ? in.readObject() : null;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null;
        }
    }

    /** Writes through a temporary file and a rename, so a crash never leaves half a cache. */
    static void write(Path file, String stamp, Serializable value) {
        if (file == null) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeUTF(stamp);
                out.writeObject(value);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            System.err.println("Cảnh báo: không ghi được bộ nhớ đệm " + file + " (lần dựng sau sẽ chậm hơn): " + e.getMessage());
        }
    }
}
