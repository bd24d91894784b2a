package vn.loa.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.BuildFailedException;
import vn.loa.build.BuildProblem;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A faulty support directory or safety header stops the bake with a Vietnamese message naming file and line. */
class SupportBuildErrorsTest {
    private static final String ARTICLE = """
        title=Bài viết
        date=2026-11-15
        type=post
        status=published
        tags=bình đẳng giới
        ~~~~~~

        Nội dung.
        """;

    @TempDir
    Path dir;

    @Test
    void supportEntryWithoutCostInformationNamesTheDataFileAndLine() throws IOException {
        Path site = site();
        String data = Files.readString(site.resolve("data/ho-tro.yml")).replace("""
                number: "1900 969 680"
                free: false
            """, """
                number: "1900 969 680"
                free: có
            """);
        Path file = TestSites.write(site, "data/ho-tro.yml", data);
        BuildProblem problem = only(fail(site));
        assertEquals("data/ho-tro.yml", problem.file());
        assertEquals(lineOf(file, "free: có"), problem.line());
        assertTrue(problem.message().contains("free: true") && problem.message().contains("free: false"), problem.message());
    }

    @Test
    void missingSupportDirectoryIsAnError() throws IOException {
        Path site = site();
        Files.delete(site.resolve("data/ho-tro.yml"));
        BuildProblem problem = only(fail(site));
        assertEquals("data/ho-tro.yml", problem.file());
        assertTrue(problem.message().startsWith("Thiếu tệp danh bạ hỗ trợ"), problem.message());
    }

    @Test
    void unknownTopicAndBadSensitiveValueAreReportedOnTheirLines() throws IOException {
        Path site = site();
        TestSites.write(site, "content/bai-viet/sai.md", """
            title=Bài về bạo lực
            date=2026-11-15
            type=post
            status=published
            topic=bạo lực
            sensitive=có
            ~~~~~~

            Nội dung.
            """);
        List<BuildProblem> problems = fail(site);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("content/bai-viet/sai.md", problems.get(0).file());
        assertEquals(5, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("topic=bao-luc"), problems.get(0).message());
        assertEquals(6, problems.get(1).line());
        assertTrue(problems.get(1).message().contains("sensitive=true"), problems.get(1).message());
    }

    @Test
    void topicHeaderMakesAPageAboutViolenceWithoutTags() throws IOException {
        Path site = site();
        TestSites.write(site, "content/bai-viet/bao-luc.md", ARTICLE.replace("title=Bài viết", "title=Bài về bạo lực")
            .replace("status=published", "status=published\ntopic=bao-luc"));
        Path out = dir.resolve("out");
        TestSites.bake(site, out);
        String html = Files.readString(out.resolve("bai-viet/bai-ve-bao-luc/index.html"));
        assertTrue(html.contains("class=\"support-box\""));
        assertTrue(html.contains("data-quick-exit"));
        String plain = Files.readString(out.resolve("bai-viet/bai-viet/index.html"));
        assertTrue(!plain.contains("class=\"support-box\"") && !plain.contains("data-quick-exit"));
    }

    private Path site() {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/bai-viet/bai-viet.md", ARTICLE);
        return site;
    }

    private List<BuildProblem> fail(Path site) {
        return assertThrows(BuildFailedException.class, () -> TestSites.bake(site, dir.resolve("out"))).problems();
    }

    private static BuildProblem only(List<BuildProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }
}
