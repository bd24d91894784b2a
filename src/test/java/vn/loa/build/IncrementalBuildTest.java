package vn.loa.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild that reuses cached parses and unchanged pages must produce exactly what a full build of
 * the same content produces, byte for byte, including pages that depend on the edit (home, tags,
 * feeds, neighbours, related) and the disappearance of deleted or renamed files.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    @Test
    void incrementalOutputEqualsFullBuildAfterEditDeleteAndRename() throws IOException {
        Path site = TestSites.demoSite(dir.resolve("site"));
        Path out = dir.resolve("out");
        BuildOptions incremental = BuildOptions.of(site, out).withChecker(false);
        SiteBuild.standard(incremental).run();

        Path edited = site.resolve("content/bai-viet/viec-nha-khong-phai-viec-cua-rieng-ai.md");
        Files.writeString(edited, Files.readString(edited)
            .replace("title=", "title=Cập nhật: ")
            .replace("tags=", "tags=mới, "));
        Path deleted = site.resolve("content/bai-viet/hop-tac-xa-do-phu-nu-lam-chu-von-nho-duong-dai.adoc");
        Files.delete(deleted);
        Path renamedFrom = site.resolve("content/bai-viet/chung-tay-ngan-tao-hon-o-cac-ban-vung-cao.adoc");
        Files.move(renamedFrom, renamedFrom.resolveSibling("ten-moi.adoc"));

        BuildResult second = SiteBuild.standard(incremental).run();
        assertTrue(second.phasesMillis().getOrDefault("count reused", 0L) > 0, "unchanged pages should be reused");

        Path fresh = dir.resolve("fresh");
        SiteBuild.standard(BuildOptions.of(site, fresh).withChecker(false).withCacheDir(null)).run();

        TestSites.assertSameFiles(fresh, out, "incremental against full");
        assertFalse(Files.exists(out.resolve("bai-viet/hop-tac-xa-do-phu-nu-lam-chu-von-nho-duong-dai")));
        assertTrue(Files.readString(out.resolve("index.html")).contains("Cập nhật: "));
        assertTrue(Files.isDirectory(out.resolve("chu-de/moi")));
    }
}
