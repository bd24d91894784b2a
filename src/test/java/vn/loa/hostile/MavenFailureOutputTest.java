package vn.loa.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.TestSites;

/**
 * {@code mvn -q -DskipTests package} on a broken site prints Loa's message and at most two lines of its own, no
 * Maven failure report and no stack trace. It compiles and packages a copy of the project (minutes), so it runs
 * only when asked: {@code mvn test -Dtest=MavenFailureOutputTest -Dloa.mavenTest=true}.
 */
class MavenFailureOutputTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(900)
    void failedPackagePrintsLoasMessageOnly() throws Exception {
        assumeTrue(Boolean.getBoolean("loa.mavenTest"), "opt-in: -Dloa.mavenTest=true");
        Path project = dir.resolve("project");
        for (String part : List.of("src/main", "checker")) {
            TestSites.copyTree(TestSites.REPO.resolve(part), project.resolve(part));
        }
        Files.copy(TestSites.REPO.resolve("pom.xml"), project.resolve("pom.xml"));
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        HostileBuild.write(site, "content/bai-viet/hong.md", HostileBuild.BAD_HEADER);
        Path log = dir.resolve("mvn.txt");
        Process mvn = new ProcessBuilder("mvn", "-q", "-o", "-B", "-DskipTests", "package", "-Dloa.source=" + site,
            "-Dloa.output=" + dir.resolve("out")).directory(project.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        assertTrue(mvn.waitFor(840, TimeUnit.SECONDS), "mvn did not end");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String all = String.join("\n", lines);
        assertEquals(1, mvn.exitValue(), all);
        assertTrue(all.contains("content/bai-viet/hong.md, dòng 3"), all);
        assertNoStackTraceOrMavenReport(all);
        long loaLines = lines.stream().filter(l -> l.startsWith("Loa: ") || l.startsWith("  ")).count();
        assertTrue(lines.size() - loaLines <= 2, "at most two lines that are not Loa's:\n" + all);
    }

    private static void assertNoStackTraceOrMavenReport(String all) {
        HostileBuild.assertNoStackTrace(new HostileBuild.Run(1, all, ""));
        assertTrue(!all.contains("[ERROR]") && !all.contains("[Help 1]"), "no Maven failure report:\n" + all);
    }
}
