package vn.loa.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input must stop the bake with a Vietnamese message naming the file and line, where stock JBake
 * would skip the file, date it by its modification time, or publish a draft. Real JBake, real AsciidoctorJ.
 */
class BadInputTest {
    private static final String GOOD_MD = """
        title=Bài viết đúng
        date=2026-11-15
        type=post
        status=published
        tags=bình đẳng giới
        ~~~~~~

        Nội dung.
        """;

    @TempDir
    Path dir;

    private List<BuildProblem> failWith(String relative, String text) throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/bai-viet/dung.md", GOOD_MD);
        TestSites.write(site, relative, text);
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.bake(site, dir.resolve("out")));
        return e.problems();
    }

    private static BuildProblem only(List<BuildProblem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void headerLineWithoutEqualsSignIsReportedWithItsLine() throws IOException {
        BuildProblem p = only(failWith("content/bai-viet/hong.md", """
            title=Tiêu đề
            date=2026-11-15
            type post
            status=published
            ~~~~~~

            Nội dung.
            """));
        assertEquals("content/bai-viet/hong.md", p.file());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("khóa=giá trị"), p.message());
    }

    @Test
    void impossibleDateIsAnErrorNotTheFileModificationTime() throws IOException {
        BuildProblem p = only(failWith("content/bai-viet/ngay.adoc", """
            = Ngày không có thật
            :jbake-type: post
            :jbake-status: published
            :jbake-date: 2026-02-30

            Nội dung.
            """));
        assertEquals(4, p.line());
        assertTrue(p.message().contains("không có thật"), p.message());
    }

    @Test
    void wronglyShapedDateSaysHowToWriteIt() throws IOException {
        BuildProblem p = only(failWith("content/bai-viet/ngay2.md", GOOD_MD.replace("date=2026-11-15", "date=15/11/2026")));
        assertEquals(2, p.line());
        assertTrue(p.message().contains("năm-tháng-ngày"), p.message());
    }

    @Test
    void unknownTypeListsTheValidOnes() throws IOException {
        BuildProblem p = only(failWith("content/bai-viet/loai.md", GOOD_MD.replace("type=post", "type=tin-tuc")));
        assertEquals(3, p.line());
        assertTrue(p.message().contains("tin-tuc") && p.message().contains("post"), p.message());
    }

    @Test
    void unknownStatusIsRefused() throws IOException {
        BuildProblem p = only(failWith("content/bai-viet/tt.md", GOOD_MD.replace("status=published", "status=public")));
        assertEquals(4, p.line());
        assertTrue(p.message().contains("published") && p.message().contains("draft"), p.message());
    }

    @Test
    void missingImageNamesTheLine() throws IOException {
        BuildProblem p = only(failWith("content/bai-viet/anh.adoc", """
            = Bài có ảnh
            :jbake-type: post
            :jbake-status: published
            :jbake-date: 2026-11-15

            Đoạn đầu.

            image::/images/khong-co.png[Ảnh không có]
            """));
        assertEquals(8, p.line());
        assertTrue(p.message().contains("/images/khong-co.png"), p.message());
    }

    @Test
    void missingCoverImageIsAnError() throws IOException {
        BuildProblem p = only(failWith("content/bai-viet/bia.md",
            GOOD_MD.replace("tags=bình đẳng giới", "tags=bình đẳng giới\ncover=/images/khong-co.svg\ncover-alt=Mô tả")));
        assertEquals(6, p.line());
        assertTrue(p.message().contains("Ảnh bìa"), p.message());
    }

    @Test
    void missingIncludeIsAnError() throws IOException {
        List<BuildProblem> problems = failWith("content/bai-viet/chen.adoc", """
            = Bài có tệp chèn
            :jbake-type: post
            :jbake-status: published
            :jbake-date: 2026-11-15

            Đoạn đầu.

            include::khong-co.adoc[]
            """);
        BuildProblem p = problems.get(0);
        assertEquals("content/bai-viet/chen.adoc", p.file());
        assertEquals(8, p.line());
        assertTrue(p.message().contains("include"), p.message());
    }

    @Test
    void fileThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        Path file = site.resolve("content/bai-viet/latin1.md");
        Files.createDirectories(file.getParent());
        byte[] head = "title=Tieu de\ndate=2026-11-15\ntype=post\nstatus=published\n~~~~~~\n\nB".getBytes();
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xEC; // "ì" in Windows-1252: not UTF-8
        bytes[head.length + 1] = '\n';
        Files.write(file, bytes);
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.bake(site, dir.resolve("out")));
        BuildProblem p = only(e.problems());
        assertEquals(7, p.line());
        assertTrue(p.message().contains("UTF-8"), p.message());
    }

    @Test
    void twoFilesClaimingOneUrlAreNamedTogether() throws IOException {
        List<BuildProblem> problems = failWith("content/bai-viet/trung.adoc", """
            = Bài viết đúng
            :jbake-type: post
            :jbake-status: published
            :jbake-date: 2026-11-16

            Cùng tiêu đề, nên cùng đường dẫn.
            """);
        BuildProblem p = only(problems);
        String both = p.file() + " " + p.message();
        assertTrue(both.contains("dung.md") && both.contains("trung.adoc"), both);
        assertTrue(p.message().contains("/bai-viet/bai-viet-dung/"), p.message());
    }

    @Test
    void brokenYamlDataFileNamesFileAndLine() throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/bai-viet/dung.md", GOOD_MD);
        TestSites.write(site, "data/thu/hong.yml", "ten: Một\n  sai: thụt lề\nkhac: [chưa đóng\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.bake(site, dir.resolve("out")));
        BuildProblem p = only(e.problems());
        assertEquals("data/thu/hong.yml", p.file());
        assertTrue(p.line() >= 2, p.toString());
        assertTrue(p.message().contains("YAML"), p.message());
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/bai-viet/dung.md", GOOD_MD);
        Path out = dir.resolve("out");
        TestSites.bake(site, out);
        Path page = out.resolve("bai-viet/bai-viet-dung/index.html");
        String before = Files.readString(page);

        TestSites.write(site, "content/bai-viet/dung.md", GOOD_MD.replace("Nội dung.", "Nội dung mới."));
        TestSites.write(site, "content/bai-viet/hong.md", GOOD_MD.replace("date=2026-11-15", "date=2026-13-01"));
        assertThrows(BuildFailedException.class, () -> TestSites.bake(site, out));

        assertEquals(before, Files.readString(page));
        assertFalse(Files.exists(StagingSwap.stagingFor(out)), "staging folder must be cleaned up");
    }

    @Test
    void draftsAreNeverPublished() throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/bai-viet/dung.md", GOOD_MD);
        TestSites.write(site, "content/bai-viet/nhap.md", GOOD_MD.replace("Bài viết đúng", "Bản nháp").replace("status=published", "status=draft"));
        Path out = dir.resolve("out");
        TestSites.bake(site, out);
        assertFalse(Files.exists(out.resolve("bai-viet/ban-nhap")));
        try (var files = Files.walk(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("draft")));
        }
        assertFalse(Files.readString(out.resolve("index.html")).contains("Bản nháp"));
    }
}
