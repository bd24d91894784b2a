package vn.loa.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.loa.hostile.HostileBuild.assertNoStackTrace;
import static vn.loa.hostile.HostileBuild.build;
import static vn.loa.hostile.HostileBuild.tree;
import static vn.loa.hostile.HostileBuild.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.build.Faults;
import vn.loa.hostile.HostileBuild.Run;

/**
 * The build as a careless or hostile user meets it: two builds at once, a build killed at every step of its swap,
 * caches damaged or impossible to save, a full or read-only disk, broken checker rule files, an unreadable
 * article, a fault inside Loa. Each case asserts the exit code, Loa's Vietnamese message with file (and line), no
 * stack trace, and that the site in the output is the previous one byte for byte (for a kill: the old or the new
 * site, whole), and, where caches are in doubt, that the next build publishes exactly what a clean build would.
 */
class BuildHostileTest {
    /** A second version of the site: the article edited and one added, so pages, feeds and sitemap all change. */
    private static final String NEW_ARTICLE = """
        title=Tập huấn phòng chống bạo lực gia đình cho tổ hòa giải
        date=2026-11-20
        type=post
        status=published
        tags=phòng chống bạo lực
        summary=Các tổ hòa giải được tập huấn cách hỗ trợ người bị bạo lực.
        ~~~~~~

        Buổi tập huấn có 40 hòa giải viên tham dự.
        """;
    @TempDir
    Path dir;

    @AfterEach
    void noFaults() {
        Faults.clear();
    }

    // ---- one build at a time ----------------------------------------------------------------------------

    @Test
    void secondBuildStopsWhileAnotherWritesTheSameFolder() throws Exception {
        Path out = dir.resolve("out");
        Path site = bakedGoodSite(out);
        Map<String, String> before = tree(out);
        toVersionB(site);
        try (ForkedBuild first = ForkedBuild.pausingAt(Faults.WRITE, "", site, out)) {
            assertTrue(first.awaitPause(120), first::output);
            Run second = build(site, out, "--lock-wait", "0");
            assertEquals(2, second.exit(), second::all);
            assertNoStackTrace(second);
            assertTrue(second.err().contains("Một lần dựng khác đang ghi vào thư mục " + out), second::all);
            assertTrue(second.err().contains("Trang web lần trước vẫn được giữ nguyên"), second::all);
            assertEquals(before, tree(out), "the refused build must not touch the site");
        }
    }

    @Test
    void secondBuildWaitsForTheFirstThenBuilds() throws Exception {
        Path out = dir.resolve("out");
        Path site = bakedGoodSite(out);
        toVersionB(site);
        try (ForkedBuild first = ForkedBuild.pausingAt(Faults.WRITE, "", site, out)) {
            assertTrue(first.awaitPause(120), first::output);
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(1_500);
                    first.kill(); // the first build dies holding the lock: the system releases it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            Run second = build(site, out, "--lock-wait", "60");
            killer.join();
            assertEquals(0, second.exit(), second::all);
            assertTrue(second.err().contains("đang chờ"), second::all);
            assertEquals(cleanBake(site, "ref"), tree(out));
        }
    }

    // ---- killed at every step ---------------------------------------------------------------------------

    /**
     * A real kill -9 at each step of a bake and its swap, including between the two renames and between the cache
     * files; then a failing build (the next start) must find the old or the new site whole and say so, and the
     * build after it must publish exactly what a clean build does (no cache from before the kill is trusted).
     */
    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"write|", "journal-written|", "old-parked|", "new-in-place|", "cache-save|render-memo",
        "cache-save|check-memo", "cache-save|parsed-documents", "journal-deleted|"})
    void killedAtAStepLeavesTheOldOrTheNewSiteWhole(String point) throws Exception {
        String step = point.substring(0, point.indexOf('|'));
        String pathPart = point.substring(point.indexOf('|') + 1);
        Path out = dir.resolve("out");
        Path site = bakedGoodSite(out);
        Map<String, String> oldSite = tree(out);
        toVersionB(site);
        Map<String, String> newSite = cleanBake(site, "ref");
        try (ForkedBuild killed = ForkedBuild.pausingAt(step, pathPart, site, out)) {
            assertTrue(killed.awaitPause(120), () -> "the build should reach " + point + ":\n" + killed.output());
            killed.kill();
        }

        write(site, "content/bai-viet/hong.md", HostileBuild.BAD_HEADER);
        Run next = build(site, out);
        assertEquals(1, next.exit(), next::all);
        assertNoStackTrace(next);
        assertTrue(next.err().contains("content/bai-viet/hong.md, dòng 3"), next::all);
        Map<String, String> after = tree(out);
        assertTrue(after.equals(oldSite) || after.equals(newSite),
            () -> "after a kill at " + point + " the site must be the old or the new one, whole; files: " + after.keySet());
        assertTrue(next.err().contains("Trang web lần trước vẫn được giữ nguyên"), next::all);

        Files.delete(site.resolve("content/bai-viet/hong.md"));
        bakes(site, out);
        assertEquals(newSite, tree(out), "the build after a kill must publish what a clean build publishes");
        assertNoLeftovers(out);
    }

    @Test
    void firstBuildKilledBetweenJournalAndRenameIsCompletedAtTheNextStart() throws Exception {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        Path out = dir.resolve("out");
        Map<String, String> newSite = cleanBake(site, "ref");
        try (ForkedBuild killed = ForkedBuild.pausingAt(Faults.JOURNALED, "", site, out)) {
            assertTrue(killed.awaitPause(120), killed::output);
            killed.kill();
        }
        assertFalse(Files.exists(out));
        write(site, "content/bai-viet/hong.md", HostileBuild.BAD_HEADER);
        Run next = build(site, out);
        assertEquals(1, next.exit(), next::all);
        assertEquals(newSite, tree(out), "the complete staged site is put in place");
        assertTrue(next.err().contains("Trang web lần trước vẫn được giữ nguyên"), next::all);
    }

    @Test
    void siteLeftMissingByAnOlderSwapIsPutBack() throws Exception {
        Path out = dir.resolve("out");
        Path site = bakedGoodSite(out);
        Map<String, String> before = tree(out);
        Files.move(out, dir.resolve("out.old")); // what the two-rename swap of older versions left when killed
        write(site, "content/bai-viet/hong.md", HostileBuild.BAD_HEADER);
        Run next = build(site, out);
        assertEquals(1, next.exit(), next::all);
        assertEquals(before, tree(out));
        assertTrue(next.err().contains("Trang web lần trước vẫn được giữ nguyên tại " + out), next::all);
    }

    @Test
    void failedFirstBuildDoesNotClaimToKeepASite() {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        write(site, "content/bai-viet/hong.md", HostileBuild.BAD_HEADER);
        Path out = dir.resolve("out");
        Run run = build(site, out);
        assertEquals(1, run.exit(), run::all);
        assertNoStackTrace(run);
        assertFalse(run.all().contains("giữ nguyên"), run::all);
        assertTrue(run.err().contains("Chưa có trang web nào tại " + out), run::all);
        assertFalse(Files.exists(out));
    }

    // ---- caches -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flipped byte", "cut in half", "wrong format version", "empty file", "random bytes"})
    void damagedCachesMeanAFullBuild(String damage) throws Exception {
        Path out = dir.resolve("out");
        Path site = bakedGoodSite(out);
        toVersionB(site);
        Path cacheDir = dir.resolve("out.loa-cache");
        try (var files = Files.list(cacheDir)) {
            for (Path file : files.toList()) {
                damage(file, damage);
            }
        }
        bakes(site, out);
        assertEquals(cleanBake(site, "ref"), tree(out));
    }

    /** The case: a cache that cannot be saved made a later build publish another version's sitemap. */
    @Test
    void unsaveableCacheNeverPublishesAWrongSitemap() throws Exception {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        Path out = dir.resolve("out");
        Map<String, String> siteA = cleanBake(site, "ref-a");
        bakes(site, out);
        Path article = site.resolve("content/bai-viet/cau-lac-bo.md");
        String articleA = Files.readString(article);
        Files.delete(article);
        write(site, "content/bai-viet/tap-huan.md", NEW_ARTICLE);
        Faults.failAt(Faults.CACHE_SAVE, "", path -> new FileSystemException(path.toString(), null, "No space left on device"));
        Run unsaved = build(site, out);
        Faults.clear();
        assertEquals(0, unsaved.exit(), unsaved::all);
        assertNoStackTrace(unsaved);
        assertTrue(unsaved.out().contains("Không lưu được bộ nhớ đệm (ổ đĩa đã đầy khi ghi"), unsaved::all);

        Files.delete(site.resolve("content/bai-viet/tap-huan.md"));
        Files.writeString(article, articleA);
        bakes(site, out);
        assertEquals(siteA, tree(out), "back to version A: the site, feeds and sitemap must be version A's");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertFalse(sitemap.contains("tap-huan"), sitemap);
    }

    @Test
    void cacheFolderThatCannotBeWrittenIsOnlyAWarning() throws Exception {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("out.loa-cache"), "not a folder"); // every cache save fails for real
        Run first = build(site, out);
        assertEquals(0, first.exit(), first::all);
        assertNoStackTrace(first);
        assertTrue(first.out().contains("Không lưu được bộ nhớ đệm"), first::all);
        toVersionB(site);
        bakes(site, out);
        assertEquals(cleanBake(site, "ref"), tree(out));
    }

    // ---- the machine fails --------------------------------------------------------------------------------

    @Test
    void fullDiskWhileWritingAPage() {
        HostileBuild.Outcome outcome = failingAt(Faults.WRITE, "index.html", path -> new IOException("No space left on device"));
        outcome.refused("ổ đĩa đã đầy khi ghi", "index.html", "hãy giải phóng dung lượng", "vẫn được giữ nguyên");
        assertEquals(2, outcome.run().exit());
        assertNoLeftovers(outcome.output());
    }

    /**
     * A real full disk: the output on a 4 MB tmpfs (mounted in a private user and mount namespace, so no root is
     * needed and nothing outside the test sees it), then forty long articles that do not fit.
     */
    @Test
    @Timeout(600)
    void realFullDiskKeepsTheSite() throws Exception {
        assumeTrue(canMountTmpfs(), "unshare -rm and tmpfs are not available here");
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        Path disk = Files.createDirectories(dir.resolve("disk"));
        String loa = Path.of(System.getProperty("java.home"), "bin", "java") + " -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 -cp "
            + System.getProperty("java.class.path") + " " + vn.loa.cli.LoaCommand.class.getName()
            + " build --source " + site + " --output " + disk.resolve("out");
        StringBuilder articles = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            articles.append("mkdir -p ").append(site.resolve("content/bai-viet")).append(" && { printf 'title=Bài dài số ").append(i)
                .append("\\ndate=2026-11-15\\ntype=post\\nstatus=published\\n~~~~~~\\n\\n'; for j in $(seq 1 900); do")
                .append(" echo 'Câu lạc bộ gia đình hạnh phúc sinh hoạt mỗi tháng một lần tại nhà văn hóa thôn.'; done; } > ")
                .append(site.resolve("content/bai-viet/dai-" + i + ".md")).append("\n");
        }
        String script = "set -u\nmount -t tmpfs -o size=4m tmpfs " + disk + "\n"
            + loa + " > " + dir.resolve("first.txt") + " 2>&1 || exit 90\n"
            + "cp -r " + disk.resolve("out") + " " + dir.resolve("before") + "\n"
            + articles
            + loa + " > " + dir.resolve("second.txt") + " 2>&1; echo $? > " + dir.resolve("second-exit.txt") + "\n"
            + "cp -r " + disk.resolve("out") + " " + dir.resolve("after") + "\n";
        Process shell = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true)
            .redirectOutput(dir.resolve("shell.txt").toFile()).start();
        assertTrue(shell.waitFor(540, java.util.concurrent.TimeUnit.SECONDS), "the tmpfs build did not end");
        assertEquals(0, shell.exitValue(), () -> read(dir.resolve("shell.txt")) + read(dir.resolve("first.txt")));
        Run second = new Run(Integer.parseInt(read(dir.resolve("second-exit.txt")).strip()), "", read(dir.resolve("second.txt")));
        assertEquals(2, second.exit(), second::all);
        assertNoStackTrace(second);
        assertTrue(second.err().contains("ổ đĩa đã đầy khi ghi"), second::all);
        assertTrue(second.err().contains("Trang web lần trước vẫn được giữ nguyên"), second::all);
        assertEquals(tree(dir.resolve("before")), tree(dir.resolve("after")), "the site on the full disk must be untouched");
    }

    private static boolean canMountTmpfs() {
        try {
            Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt")
                .redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readOnlyDiskWhileWritingAPage() {
        failingAt(Faults.WRITE, "", path -> new FileSystemException(path.toString(), null, "Read-only file system"))
            .refused("chỉ cho phép đọc", "--output", "vẫn được giữ nguyên");
    }

    @Test
    void noPermissionToPlaceTheNewSite() {
        failingAt(Faults.PARKED, "", path -> new AccessDeniedException(path.toString()))
            .refused("không có quyền đọc hoặc ghi", "out.loa-old", "vẫn được giữ nguyên");
    }

    @Test
    void unreadableArticleIsNamed() {
        failingAt(Faults.READ, "tap-huan.md", path -> new AccessDeniedException(path.toString()))
            .refused("content/bai-viet/tap-huan.md: Không đọc được tệp: không có quyền đọc hoặc ghi");
    }

    @Test
    void faultInsideLoaHasNoTrace() {
        HostileBuild.Outcome outcome = failingAt(Faults.WRITE, "", path -> new IllegalStateException("trạng thái hỏng"));
        outcome.refused("lỗi ngoài dự kiến trong Loa (trạng thái hỏng)", "--verbose", "vẫn được giữ nguyên");
        assertEquals(2, outcome.run().exit());
    }

    @Test
    void verboseShowsTheTraceForDevelopers() {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        Faults.failAt(Faults.WRITE, "", path -> new IllegalStateException("trạng thái hỏng"));
        Run run = build(site, dir.resolve("out"), "--verbose");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("\tat vn.loa.build."), run::all);
    }

    // ---- broken checker rule files ---------------------------------------------------------------------------

    @Test
    void ruleFileWithYamlSyntaxError() {
        HostileBuild.rebuildAfter(dir, site -> write(site, "checker/rules/zz-moi.yml", """
            rules:
              - id: ZZ1
                group: G2
                severity: warning
                phrases: [đàn bà
                title: Thiếu dấu đóng ngoặc
            """)).refused("checker/rules/zz-moi.yml, dòng ", "YAML sai cú pháp", "thụt lề");
    }

    @Test
    void ruleFileWithUnknownKeyNamesTheLine() {
        HostileBuild.rebuildAfter(dir, site -> write(site, "checker/rules/zz-moi.yml", """
            rules:
              - id: ZZ1
                group: G2
                severity: warning
                phrase:
                  - đàn bà
            """)).refused("checker/rules/zz-moi.yml, dòng 5", "khóa không hợp lệ 'phrase'", "phrases");
    }

    @Test
    void ruleFileWithBadGroupNamesTheLine() {
        HostileBuild.rebuildAfter(dir, site -> write(site, "checker/rules/zz-moi.yml", """
            rules:
              - id: ZZ1
                group: G11
                severity: warning
                phrases:
                  - đàn bà
            """)).refused("checker/rules/zz-moi.yml, dòng 3", "nhóm phải từ G1 đến G10");
    }

    @Test
    void ruleFileThatIsNotAMap() {
        HostileBuild.rebuildAfter(dir, site -> write(site, "checker/rules/zz-moi.yml", "- chỉ là một danh sách\n"))
            .refused("checker/rules/zz-moi.yml", "rules, lexicon, settings");
    }

    @Test
    void checkCommandNamesTheBrokenRuleFileAndLine() {
        Path rules = dir.resolve("rules");
        write(rules, "zz-moi.yml", "rules:\n  - id: ZZ1\n    group: G2\n    severity: warning\n    phrases: [đàn bà\n");
        Path pages = dir.resolve("trang");
        write(pages, "index.html", "<!doctype html><html lang=\"vi\"><title>Trang</title><p>Nội dung.</p></html>");
        Run check = HostileBuild.command("check", pages.toString(), "--rules", rules.toString());
        assertEquals(2, check.exit(), check::all);
        assertNoStackTrace(check);
        assertTrue(check.all().contains("Tệp quy tắc zz-moi.yml, dòng "), check::all);
        assertTrue(check.all().contains("YAML sai cú pháp"), check::all);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Builds the good site, then version B with {@code step} failing on paths containing {@code pathPart}. */
    private HostileBuild.Outcome failingAt(String step, String pathPart, Function<Path, ? extends Exception> failure) {
        return HostileBuild.rebuildAfter(dir, site -> {
            toVersionB(site);
            Faults.failAt(step, pathPart, failure);
        });
    }

    /** Version B of the good site: the article edited and a second article added. */
    private static void toVersionB(Path site) {
        try {
            Path article = site.resolve("content/bai-viet/cau-lac-bo.md");
            Files.writeString(article, Files.readString(article) + "\nCâu lạc bộ có 25 gia đình tham gia.\n");
            write(site, "content/bai-viet/tap-huan.md", NEW_ARTICLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The good site, baked into {@code out}. */
    private Path bakedGoodSite(Path out) {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        bakes(site, out);
        return site;
    }

    private static void bakes(Path site, Path out) {
        Run run = build(site, out);
        assertEquals(0, run.exit(), run::all);
        assertNoStackTrace(run);
    }

    /** What a build from nothing (no previous site, no cache) publishes for the site as it is now. */
    private Map<String, String> cleanBake(Path site, String name) {
        Path out = dir.resolve(name).resolve("out");
        Run run = build(site, out, "--no-cache");
        assertEquals(0, run.exit(), run::all);
        return tree(out);
    }

    private static void assertNoLeftovers(Path out) {
        for (String suffix : new String[] {".staging", ".loa-old", ".loa-swap", ".old"}) {
            assertFalse(Files.exists(out.resolveSibling(out.getFileName() + suffix)), "left behind: " + suffix);
        }
    }

    private static void damage(Path file, String how) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        switch (how) {
            case "flipped byte" -> {
                bytes[bytes.length - 10] ^= 0x5A;
                Files.write(file, bytes);
            }
            case "cut in half" -> Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            case "wrong format version" -> {
                bytes[7] = (byte) (bytes[7] + 1); // the int after the magic
                Files.write(file, bytes);
            }
            case "empty file" -> Files.write(file, new byte[0]);
            default -> Files.writeString(file, "rác ".repeat(500), StandardCharsets.UTF_8);
        }
    }

}
