package vn.loa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.TestSites;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class-archive training bake works with a real site's files and leaves that site as it was. */
class ArchiveTrainingTest {
    @TempDir
    Path dir;

    @Test
    void bakesTheSampleWithTheSitesTemplatesAndLeavesTheSiteAlone() throws Exception {
        Path site = TestSites.demoSite(dir.resolve("site"));
        long templates;
        try (var list = Files.list(site.resolve("templates"))) {
            templates = list.count();
        }
        assertTrue(ArchiveTraining.bakeSample(site), "the two-article sample should bake with the demo site's templates");
        try (var list = Files.list(site.resolve("templates"))) {
            assertEquals(templates, list.count(), "deleting the sample must not follow its links into the site");
        }
        assertTrue(Files.isRegularFile(site.resolve("jbake.properties")));
    }
}
