package vn.loa.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How a bake gets an empty staging folder, and how the finished one takes the output's place. */
interface Staging {
    void prepare(Path staging) throws IOException;

    /** Swaps the finished staging folder in; its journal stays until {@link #finish} (see {@link StagingSwap}). */
    void promote(Path staging, Path output) throws IOException;

    /**
     * Called once the new site is in place: the parked old site goes, and the swap's journal too when the caches
     * describe the new site ({@code cachesCommitted}); otherwise the journal tells the next bake to trust no cache.
     */
    void finish(Path output, boolean cachesCommitted) throws IOException;

    /** A new folder for every bake; the previous site is deleted after the swap (see {@link StagingSwap}). */
    Staging FRESH = new Staging() {
        @Override
        public void prepare(Path staging) throws IOException {
            StagingSwap.deleteTree(staging);
            Files.createDirectories(staging);
        }

        @Override
        public void promote(Path staging, Path output) throws IOException {
            StagingSwap.promote(staging, output);
        }

        @Override
        public void finish(Path output, boolean cachesCommitted) throws IOException {
            StagingSwap.finish(output, StagingSwap.parkedFor(output), cachesCommitted);
        }
    };
}
