package vn.loa.scaffold;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A province forks Loa, changes only its settings (site.host, loa.site.name), removes every demo article, event
 * and infographic and writes one article of its own; then the steps of both pipelines run on that copy, as CI
 * would run them on the province's first push: the bake passes, the tests pass, and the site to publish is the
 * province's, at its own address.
 *
 * <p>Each pipeline command runs in a child shell, offline ({@code mvn -o}: this build already fetched every
 * dependency). The test command ({@code mvn -B verify}) runs as a representative subset instead: the whole suite
 * again, browser tests included, would double CI time on two cores (the 30-minute budget). Measured on a 2-core
 * machine shared with four other Maven runs: this test 6.2 min, the whole {@code mvn -B verify} with it 20.5 min;
 * the whole suite on a stripped copy, by hand, 16 min. The
 * subset: the only test that reads the repository's own site (RepositorySiteTest, the one a fork's content can
 * break), the fixture's whole-site and safety tests (they prove the copy's tests do not need the demo), the
 * pipelines and khoi-tao. Every other test reads only Loa's files and the fixture, which a fork does not touch; the
 * whole suite on such a copy passed by hand (see the report of issue #17). GitLab's test job runs the same command
 * as GitHub's test step, so it runs once.
 */
class ForkScenarioTest {
    static final String SUBSET = "RepositorySiteTest,DemoSiteTest,SafetyPagesTest,PipelinesTest,InitCommandTest";
    static final String HOST = "https://binhdanggioi.tinhmoi.gov.vn";
    static final String NAME = "Bình đẳng giới Tỉnh Mới";
    private static final long CHILD_TIMEOUT_MINUTES = 20;

    @TempDir
    static Path dir;
    static Path fork;

    @BeforeAll
    static void forkTheRepository() throws Exception {
        assumeTrue(run(dir, "mvn -v", dir.resolve("mvn-v.log")) == 0, "Maven is not on the PATH");
        fork = copyRepository(TestSites.REPO, dir.resolve("fork"));
        Path settings = fork.resolve("jbake.properties");
        String text = Files.readString(settings, StandardCharsets.UTF_8)
            .replaceFirst("(?m)^site\\.host=.*$", "site.host=" + HOST)
            .replaceFirst("(?m)^loa\\.site\\.name=.*$", "loa.site.name=" + NAME);
        Files.writeString(settings, text, StandardCharsets.UTF_8);
        for (String folder : List.of("content/bai-viet", "content/su-kien", "content/infographic")) {
            deleteFilesUnder(fork.resolve(folder));
        }
        TestSites.write(fork, "content/bai-viet/tinh-moi-ra-mat-trang-thong-tin.md", vn.loa.hostile.HostileBuild.GOOD_ARTICLE);
    }

    @Test
    void bothPipelinesBakeTestAndPublishTheForkWithOnlyItsSettingsChanged() throws Exception {
        Map<String, Object> github = PipelinesTest.yaml(PipelinesTest.GITHUB);
        List<Object> steps = PipelinesTest.list(PipelinesTest.map(PipelinesTest.map(github.get("jobs")).get("build")).get("steps"));
        int step = 0;
        for (String command : PipelinesTest.runs(steps)) {
            if (!command.contains("apt-get")) { // the machine already has what the Debian step installs
                runStep("github-" + ++step, command);
            }
        }
        assertPublishable(fork.resolve("target/public")); // what upload-pages-artifact hands to Pages
        assertTrue(Files.readString(dir.resolve("summary.md")).contains("Kết quả dựng trang"), "the run page summary");

        Map<String, Object> gitlab = PipelinesTest.yaml(PipelinesTest.GITLAB);
        for (String job : List.of("bake", "test", "pages")) {
            List<String> lines = new ArrayList<>(List.of("set -o pipefail"));
            for (String line : PipelinesTest.scripts(PipelinesTest.map(gitlab.get(job)))) {
                if (!line.strip().equals(PipelinesTest.TEST_COMMAND)) { // already run above (see the class comment)
                    lines.add(line);
                }
            }
            runStep("gitlab-" + job, String.join("\n", lines));
        }
        assertPublishable(fork.resolve("public")); // what GitLab Pages serves
    }

    private static void assertPublishable(Path site) throws IOException {
        String home = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(home.contains(NAME), "the home page carries the province's name");
        assertTrue(Files.isRegularFile(site.resolve("bai-viet/xa-an-phu-ra-mat-cau-lac-bo-gia-dinh-hanh-phuc/index.html"))
            || home.contains("Xã An Phú ra mắt câu lạc bộ"), "the province's article is published");
        String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>" + HOST + "/"), sitemap);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(html|xml|ics)$")).toList()) {
                assertFalse(Files.readString(f, StandardCharsets.UTF_8).contains("binhdanggioi.songlam.gov.vn"),
                    f + " still points to the demo's address");
            }
        }
    }

    /** One pipeline step in the fork, offline, the test command narrowed to {@link #SUBSET}. */
    private static void runStep(String name, String command) throws Exception {
        String adapted = command
            .replace(PipelinesTest.TEST_COMMAND, "mvn -B -q test -Dtest='" + SUBSET + "' -Dsurefire.failIfNoSpecifiedTests=false")
            .replaceAll("\\bmvn ", "mvn -o ");
        Path log = dir.resolve(name + ".log");
        int exit = run(fork, "set -e\n" + adapted, log);
        assertEquals(0, exit, () -> name + " failed:\n" + adapted + "\n--- last lines of its output ---\n" + tail(log));
    }

    private static int run(Path workDir, String script, Path log) throws IOException, InterruptedException {
        ProcessBuilder shell = new ProcessBuilder("bash", "-o", "pipefail", "-c", script).directory(workDir.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        shell.environment().put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
        Process process;
        try {
            process = shell.start();
        } catch (IOException e) {
            return -1;
        }
        if (!process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return -2;
        }
        return process.exitValue();
    }

    /**
     * The repository as a fork starts from: the files git tracks (and new ones not ignored), never target/.
     * Without git (a source archive), every file but target/ and .git/.
     */
    static Path copyRepository(Path repo, Path to) throws IOException, InterruptedException {
        List<String> files = gitFiles(repo);
        if (files == null) {
            try (Stream<Path> walk = Files.walk(repo)) {
                files = walk.filter(Files::isRegularFile).map(p -> repo.relativize(p).toString())
                    .filter(p -> !p.startsWith("target") && !p.startsWith(".git")).toList();
            }
        }
        for (String file : files) {
            Path source = repo.resolve(file);
            if (Files.isRegularFile(source)) {
                Path target = to.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    private static List<String> gitFiles(Path repo) throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(repo.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor() == 0 && !out.isEmpty() ? List.of(out.split("\0")) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteFilesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
