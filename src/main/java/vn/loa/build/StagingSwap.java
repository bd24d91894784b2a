package vn.loa.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A bake writes into a staging folder beside the output; only a complete, successful bake is swapped in, so
 * a failed bake leaves the last good site in place.
 *
 * <p>The swap is two renames on one disk (the old site is parked, the new one moved in): a static host serves
 * a plain folder, so the output cannot be a symlink flipped in one step. Instead a journal file beside the
 * output ({@code public.loa-swap}) is written before the first rename and deleted only once the caches describe
 * the new site. A process killed anywhere in between leaves the journal, and the next start ({@link #recover})
 * puts a whole site back: the parked old one when the output is missing, else the new one already in place,
 * and it distrusts every cache (a full bake follows).
 */
public final class StagingSwap {
    static final String JOURNALED = "journal-written";
    static final String PARKED = "old-parked";
    static final String MOVED_IN = "new-in-place";
    static final String FINISHED = "journal-deleted";

    private StagingSwap() {
    }

    public static Path stagingFor(Path output) {
        return sibling(output, ".staging");
    }

    /** Where the previous site waits while the new one is moved in. */
    static Path parkedFor(Path output) {
        return sibling(output, ".loa-old");
    }

    static Path journalFor(Path output) {
        return sibling(output, ".loa-swap");
    }

    /** Folders that older versions of Loa, and the preview, park the previous site in. */
    private static List<Path> parkingPlaces(Path output) {
        return List.of(parkedFor(output), sibling(output, ".recycle"), sibling(output, ".old"));
    }

    private static Path sibling(Path output, String suffix) {
        return output.resolveSibling(output.getFileName() + suffix);
    }

    /** The standard swap: the previous site is deleted once the new one is in place and the caches are committed. */
    public static void promote(Path staging, Path output) throws IOException {
        swap(staging, output, parkedFor(output));
    }

    /**
     * Writes the journal, parks the current output in {@code parked} and moves {@code staging} in. The journal
     * stays until {@link #finish}. A failed second rename puts the old site straight back.
     */
    static void swap(Path staging, Path output, Path parked) throws IOException {
        Path journal = journalFor(output);
        writeDurably(journal, "Loa đang thay trang web cũ bằng bản mới (" + output.getFileName() + ", "
            + parked.getFileName() + ", " + staging.getFileName() + ").\n");
        FaultPoints.reach(JOURNALED, journal);
        deleteTree(parked);
        boolean hadOutput = Files.exists(output);
        if (hadOutput) {
            Files.move(output, parked, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            if (hadOutput) {
                FaultPoints.reach(PARKED, parked);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOutput && !Files.exists(output)) {
                Files.move(parked, output, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(journal);
            throw e;
        }
        FaultPoints.reach(MOVED_IN, output);
    }

    /**
     * The new site is in place: the parked site (if given) goes, then the journal when the caches describe the new
     * site; a journal left behind makes the next start distrust them.
     */
    static void finish(Path output, Path parked, boolean cachesCommitted) throws IOException {
        if (parked != null) {
            deleteTree(parked);
        }
        if (cachesCommitted) {
            Files.deleteIfExists(journalFor(output));
            FaultPoints.reach(FINISHED, output);
        }
    }

    /** True when the last swap did not finish: the caches beside the output may describe another site. */
    static boolean interrupted(Path output) {
        return Files.exists(journalFor(output));
    }

    /**
     * Repairs what a killed bake left beside {@code output}: when the output is missing, the parked previous site
     * (or, for a first bake killed after its journal, the complete staging folder) becomes the output again; then
     * the staging and parked folders are removed. The journal is kept: the caller distrusts the caches and
     * removes it with {@link #finish} once they are committed again.
     *
     * @return true when a swap had been interrupted (caches must not be trusted)
     */
    static boolean recover(Path output) throws IOException {
        boolean interrupted = interrupted(output);
        Path staging = stagingFor(output);
        if (!Files.exists(output)) {
            for (Path parked : parkingPlaces(output)) {
                if (Files.isDirectory(parked)) {
                    Files.move(parked, output, StandardCopyOption.ATOMIC_MOVE);
                    break;
                }
            }
            if (!Files.exists(output) && interrupted && Files.isDirectory(staging)) {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE); // complete: the journal follows the bake
            }
        }
        deleteTree(staging);
        deleteTree(parkedFor(output));
        deleteTree(sibling(output, ".old"));
        return interrupted;
    }

    /** Writes a small file and forces it to disk, so it survives a power cut that follows. */
    private static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(StandardCharsets.UTF_8.encode(text));
            channel.force(true);
        }
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
