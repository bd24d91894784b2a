package vn.loa.hostile;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: a header mistake is refused with file and line and the previous site is kept. */
class HostileHarnessTest {
    @TempDir
    Path dir;

    @Test
    void headerMistakeKeepsPreviousSite() {
        HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, "content/bai-viet/hong.md", HostileBuild.BAD_HEADER))
            .refused("content/bai-viet/hong.md", "dòng 3");
    }
}
