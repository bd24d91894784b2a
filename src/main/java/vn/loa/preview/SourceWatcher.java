package vn.loa.preview;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches the site's source folders (content, templates, assets, data, jbake.properties) and calls back
 * once per burst of changes: editors save a file in several writes, and a rebuild per write would be waste.
 */
public final class SourceWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 150;
    private final WatchService watcher;
    private final Path root;

    public SourceWatcher(Path root) throws IOException {
        this.root = root;
        this.watcher = FileSystems.getDefault().newWatchService();
        register(root, false);
        for (String folder : List.of("content", "templates", "assets", "data", "checker", vn.loa.build.Overrides.FOLDER)) {
            Path dir = root.resolve(folder);
            if (Files.isDirectory(dir)) {
                register(dir, true);
            }
        }
    }

    /** Blocks; calls {@code onChange} after each burst of changes until interrupted. */
    public void run(Runnable onChange) throws InterruptedException {
        while (true) {
            WatchKey key = watcher.take();
            boolean relevant = drain(key);
            WatchKey more;
            while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                relevant |= drain(more);
            }
            if (relevant) {
                onChange.run();
            }
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (dir.equals(root) && !changed.getFileName().toString().equals("jbake.properties")) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(changed, true);
                } catch (IOException ignored) {
                    // a folder that vanished again is nothing to watch
                }
            }
        }
        key.reset();
        return relevant;
    }

    private void register(Path dir, boolean recursive) throws IOException {
        if (!recursive) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
