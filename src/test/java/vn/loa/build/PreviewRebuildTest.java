package vn.loa.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview rebuilds in one process with caches in memory and stages into the previous site's recycled
 * folders: after edits, a delete and a rename, its output must equal a fresh full build byte for byte, with
 * no folder left behind for a page that is gone.
 */
class PreviewRebuildTest {
    @TempDir
    Path dir;

    @Test
    void recycledStagingGivesWhatAFullBuildGives() throws IOException {
        Path site = TestSites.demoSite(dir.resolve("site"));
        Path out = dir.resolve("preview");
        BuildOptions options = BuildOptions.of(site, out).withChecker(false).withCacheDir(null);
        FileParseCache cache = FileParseCache.inMemory();
        RenderMemo memo = RenderMemo.inMemory();
        StagingRecycler recycler = new StagingRecycler(out);
        Runnable rebuild = () -> {
            try {
                new SiteBuild(options, SiteFeatures.all(), cache, memo).recyclingStaging(recycler).run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        rebuild.run();
        rebuild.run(); // the first site is now recycled
        assertTrue(Files.isDirectory(dir.resolve("preview.recycle")), "the previous site is kept for its folders");

        Path edited = site.resolve("content/bai-viet/viec-nha-khong-phai-viec-cua-rieng-ai.md");
        Files.writeString(edited, Files.readString(edited).replace("title=", "title=Cập nhật: "));
        Files.delete(site.resolve("content/bai-viet/hop-tac-xa-do-phu-nu-lam-chu-von-nho-duong-dai.adoc"));
        rebuild.run(); // stages into the first site's folders
        assertSameAsFullBuild(site, out, "after an edit and a delete");
        assertFalse(Files.exists(out.resolve("bai-viet/hop-tac-xa-do-phu-nu-lam-chu-von-nho-duong-dai")));

        Path renamedFrom = site.resolve("content/bai-viet/chung-tay-ngan-tao-hon-o-cac-ban-vung-cao.adoc");
        Files.move(renamedFrom, renamedFrom.resolveSibling("ten-moi.adoc"));
        Files.writeString(edited, Files.readString(edited).replace("tags=", "tags=mới, "));
        rebuild.run();
        assertSameAsFullBuild(site, out, "after a rename and a new tag");
        assertTrue(Files.isDirectory(out.resolve("chu-de/moi")));
    }

    private void assertSameAsFullBuild(Path site, Path out, String when) throws IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        SiteBuild.standard(BuildOptions.of(site, fresh).withChecker(false).withCacheDir(null)).run();
        TestSites.assertSameFiles(fresh, out, when);
        assertEquals(folders(fresh), folders(out), when + ": the same folders, none left over");
    }

    private static List<String> folders(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
