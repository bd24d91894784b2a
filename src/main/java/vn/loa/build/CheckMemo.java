package vn.loa.build;

import vn.loa.checker.PageResult;

import java.nio.file.Path;

/**
 * Checker results of the last good bake, by page and input digest: a page reused unchanged keeps its
 * findings without being read and checked again. The digest includes the rules, so editing a rule
 * re-checks every page.
 */
public final class CheckMemo {
    private record Entry(String digest, PageResult result) implements java.io.Serializable {
    }

    private final Generations<Entry> results;

    private CheckMemo(Generations<Entry> results) {
        this.results = results;
    }

    public static CheckMemo inMemory() {
        return new CheckMemo(Generations.inMemory());
    }

    /** @param trusted false when the file on disk may not describe the current site (see {@link StagingSwap#recover}) */
    public static CheckMemo open(Path dir, boolean trusted) {
        return new CheckMemo(Generations.open(dir.resolve("check-memo.bin"), trusted));
    }

    public PageResult lookup(String page, String digest) {
        Entry e = results.previous(page);
        return e != null && e.digest().equals(digest) ? e.result() : null;
    }

    public void record(String page, String digest, PageResult result) {
        results.record(page, new Entry(digest, result));
    }

    public void commit() throws java.io.IOException {
        results.commit();
    }

    public void discard() {
        results.discard();
    }
}
