package vn.loa.build;

import java.nio.file.Path;

/**
 * What to bake and how.
 *
 * @param source        the site folder (with content/, templates/, assets/, data/, jbake.properties)
 * @param output        where the finished site goes; it is replaced only when the bake succeeds
 * @param includeDrafts preview only: drafts are rendered and marked; a published build never includes them
 * @param cacheDir      where parsed documents are kept between builds (null: no disk cache)
 * @param runChecker    whether the gender-in-media checker reads every page after the bake
 */
public record BuildOptions(Path source, Path output, boolean includeDrafts, Path cacheDir, boolean runChecker) {

    public static BuildOptions of(Path source, Path output) {
        Path src = source.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        return new BuildOptions(src, out, false, defaultCacheDir(out), true);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(source, output, drafts, cacheDir, runChecker);
    }

    public BuildOptions withChecker(boolean checker) {
        return new BuildOptions(source, output, includeDrafts, cacheDir, checker);
    }

    public BuildOptions withCacheDir(Path dir) {
        return new BuildOptions(source, output, includeDrafts, dir, runChecker);
    }

    /** Beside the output, so a fresh clone (no output) also starts with no cache. */
    public static Path defaultCacheDir(Path output) {
        return output.resolveSibling(output.getFileName() + ".loa-cache");
    }
}
