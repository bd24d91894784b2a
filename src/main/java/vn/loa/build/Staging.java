package vn.loa.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How a bake gets an empty staging folder, and how the finished one takes the output's place. */
interface Staging {
    void prepare(Path staging) throws IOException;

    void promote(Path staging, Path output) throws IOException;

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
    };
}
