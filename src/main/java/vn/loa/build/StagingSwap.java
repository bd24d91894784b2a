package vn.loa.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

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

    public static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            deleteFiles(dir, false);
        }
    }

    /**
     * Deletes every file under {@code dir}, and its folders unless {@code keepFolders}.
     *
     * @return the folders kept below {@code dir}, deepest first (empty when they were deleted)
     */
    static List<Path> deleteFiles(Path dir, boolean keepFolders) throws IOException {
        List<Path> kept = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                if (!keepFolders) {
                    Files.delete(d);
                } else if (!d.equals(dir)) {
                    kept.add(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return kept;
    }
}
