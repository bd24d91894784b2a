package vn.loa.build;

import java.nio.file.Path;

/**
 * What the previous successful bake wrote: output path -> digest of its inputs. A page whose inputs
 * have the same digest is taken from the previous output (a hard link, no rendering); everything
 * else is rendered. It also remembers each content file's URL, to notice when an edit moves a page.
 */
public final class RenderMemo {
    private static final String URL_PREFIX = "url-of:";

    private final Generations<String> digests;

    private RenderMemo(Generations<String> digests) {
        this.digests = digests;
    }

    public static RenderMemo inMemory() {
        return new RenderMemo(Generations.inMemory());
    }

    /** @param trusted false when the file on disk may not describe the current site (see {@link StagingSwap#recover}) */
    public static RenderMemo open(Path dir, boolean trusted) {
        return new RenderMemo(Generations.open(dir.resolve("render-memo.bin"), trusted));
    }

    /** True when {@code path} was written last time from inputs with this digest. */
    public boolean unchanged(String path, String digest) {
        return digest.equals(digests.previous(path));
    }

    public void record(String path, String digest) {
        digests.record(path, digest);
    }

    public void recordUrl(String sourcePath, String url) {
        digests.record(URL_PREFIX + sourcePath, url);
    }

    /** The URL a content file had in the last good bake, or null. */
    public String previousUrl(String sourcePath) {
        return digests.previous(URL_PREFIX + sourcePath);
    }

    public void commit() throws java.io.IOException {
        digests.commit();
    }

    public void discard() {
        digests.discard();
    }
}
