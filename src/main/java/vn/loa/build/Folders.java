package vn.loa.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folders one writer has already made. A page folder receives its page, share card and QR code;
 * asking the file system each time costs a failing mkdir call and an exception per file.
 */
final class Folders {
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    void ensure(Path folder) throws IOException {
        if (!made.contains(folder)) {
            Files.createDirectories(folder);
            made.add(folder);
        }
    }
}
