package vn.loa.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A bake writes into a staging folder beside the output; only a complete, successful bake is
 * swapped in (two renames on the same disk), so a failed bake leaves the last good site in place.
 */
public final class StagingSwap {
    private StagingSwap() {
    }

    public static Path stagingFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".staging");
    }

    public static void promote(Path staging, Path output) throws IOException {
        Path old = output.resolveSibling(output.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /**
     * As {@link #promote}, but the previous site is deleted on a background thread: the preview shows an
     * edit as soon as the new site is in place, instead of after tens of thousands of deletions (a
     * 5,000-article site is 20,000 files and folders). Each old site gets its own name, so a deletion
     * still running never meets the next rebuild's.
     */
    public static void promoteAndDeleteOldLater(Path staging, Path output) throws IOException {
        Path old = output.resolveSibling(output.getFileName() + ".old-" + System.nanoTime());
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        if (Files.exists(old)) {
            OLD_SITES.execute(() -> {
                try {
                    deleteTree(old);
                } catch (IOException e) {
                    // a leftover folder beside the preview, never served; the next preview start removes it
                }
            });
        }
    }

    /** Leftovers of {@link #promoteAndDeleteOldLater} whose deletion was cut short (the preview was stopped). */
    public static void deleteLeftovers(Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = output.getFileName() + ".old-";
        try (var siblings = Files.list(parent)) {
            for (Path p : (Iterable<Path>) siblings.filter(p -> p.getFileName().toString().startsWith(prefix))::iterator) {
                deleteTree(p);
            }
        }
    }

    private static final java.util.concurrent.ExecutorService OLD_SITES =
        java.util.concurrent.Executors.newSingleThreadExecutor(Workers.background("loa-old-sites"));

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
