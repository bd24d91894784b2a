package vn.loa.build;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview's staging folders, recycled: after a swap the previous site's files are deleted on a
 * background thread but its folders are kept, and the next rebuild stages into them.
 *
 * <p>A 5,000-article site is 5,000 page folders. Making them anew on every rebuild and deleting the old
 * ones cost a few hundred milliseconds, and on ext4 without a journal (common on virtual machines)
 * freshly deleted folders make new ones slower still for minutes after, so an editing session drifted
 * from 1.5 s to 2.6 s a rebuild. Only the folders no page used are removed, after the render.
 */
public final class StagingRecycler implements Staging {
    private static final ExecutorService CLEANER = Executors.newSingleThreadExecutor(Workers.background("loa-recycler"));

    private final Path recycled;
    /** The recycled tree's folders, deepest first, once its files are gone; null while there is none. */
    private CompletableFuture<List<Path>> cleared;
    private List<Path> reusedFolders = List.of();

    public StagingRecycler(Path output) {
        this.recycled = output.resolveSibling(output.getFileName() + ".recycle");
    }

    /** Removes what a stopped preview left behind. */
    public void deleteLeftovers() throws IOException {
        StagingSwap.deleteTree(recycled);
    }

    /** An empty staging folder: the recycled tree when one is ready (folders only), else a new one. */
    @Override
    public void prepare(Path staging) throws IOException {
        StagingSwap.deleteTree(staging);
        reusedFolders = List.of();
        if (cleared != null) {
            List<Path> folders = cleared.join();
            cleared = null;
            if (folders != null && Files.isDirectory(recycled)) {
                Files.move(recycled, staging, StandardCopyOption.ATOMIC_MOVE);
                reusedFolders = folders.stream().map(f -> staging.resolve(recycled.relativize(f))).toList();
                return;
            }
        }
        StagingSwap.deleteTree(recycled);
        Files.createDirectories(staging);
    }

    /** Removes the recycled folders this bake put nothing in (deepest first). */
    private void removeUnused() throws IOException {
        for (Path folder : reusedFolders) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException used) {
                // a page lives here again
            }
        }
        reusedFolders = List.of();
    }

    /**
     * Removes the folders no page used, then swaps the staging folder in; the previous site becomes the next
     * staging tree once its files are gone.
     */
    @Override
    public void promote(Path staging, Path output) throws IOException {
        removeUnused();
        boolean hadOutput = Files.exists(output);
        StagingSwap.swap(staging, output, recycled);
        cleared = hadOutput ? CompletableFuture.supplyAsync(this::clearFiles, CLEANER) : null;
    }

    /** The preview's caches live in memory: nothing more to wait for once the new site is in place. */
    @Override
    public void finish(Path output, boolean cachesCommitted) throws IOException {
        StagingSwap.finish(output, null, cachesCommitted);
    }

    /** Deletes every file of the recycled tree and lists its folders, deepest first; null if that failed. */
    private List<Path> clearFiles() {
        try {
            return StagingSwap.deleteFiles(recycled, true);
        } catch (IOException e) {
            return null; // the next rebuild starts from a new staging folder
        }
    }
}
