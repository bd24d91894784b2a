package vn.loa.scaffold;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.loa.cli.LoaCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaffolderTest {
    /** 2026-11-14 20:30 UTC is already 15 November in Vietnam (UTC+7). */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-14T20:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("jbake.properties"),
            "loa.unit=Ủy ban nhân dân xã Hòa Giang, huyện Sông Lam\n", StandardCharsets.UTF_8);
        return site;
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new NewCommand(LATE_EVENING_UTC));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void articleInAsciidocByDefaultWithVietnamDateSlugUnitAndDraftStatus() throws IOException {
        Path site = site();
        Run run = run("bai-viet", "Ngày hội: Gia đình bình đẳng!", "--source", site.toString());

        assertEquals(0, run.code(), run.err());
        Path file = site.resolve("content/bai-viet/ngay-hoi-gia-dinh-binh-dang.adoc");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("= Ngày hội: Gia đình bình đẳng!", lines.get(0));
        assertTrue(lines.contains(":jbake-type: post"));
        assertTrue(lines.contains(":jbake-status: draft"));
        assertTrue(lines.contains(":jbake-date: 2026-11-15"), "today in Vietnam, not in UTC");
        assertTrue(lines.contains(":jbake-slug: ngay-hoi-gia-dinh-binh-dang"));
        assertTrue(lines.contains(":jbake-unit: Ủy ban nhân dân xã Hòa Giang, huyện Sông Lam"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("// ") && l.contains("published")), "notes say how to publish");
        assertTrue(run.out().contains("content/bai-viet/ngay-hoi-gia-dinh-binh-dang.adoc"));
        assertTrue(run.out().contains("/bai-viet/ngay-hoi-gia-dinh-binh-dang/"));
        assertTrue(run.out().contains("serve"));
        assertTrue(run.out().contains("status=draft") || run.out().contains(":jbake-status: draft"));
    }

    @Test
    void markdownHeaderHasOnlyKeyValueLinesAndNotesInAnHtmlComment() throws IOException {
        Path site = site();
        Run run = run("post", "Hỏi đáp về Luật Bình đẳng giới", "--markdown", "--source", site.toString());

        assertEquals(0, run.code(), run.err());
        String text = Files.readString(site.resolve("content/bai-viet/hoi-dap-ve-luat-binh-dang-gioi.md"), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int separator = lines.indexOf("~~~~~~");
        assertTrue(separator > 0);
        for (String line : lines.subList(0, separator)) {
            assertTrue(line.matches("[a-z-]+=.*"), "JBake header line: " + line);
        }
        assertEquals("title=Hỏi đáp về Luật Bình đẳng giới", lines.get(0));
        assertTrue(lines.contains("status=draft"));
        assertTrue(lines.contains("date=2026-11-15"));
        assertTrue(lines.contains("slug=hoi-dap-ve-luat-binh-dang-gioi"));
        assertTrue(text.contains("<!--") && text.contains("-->"));
        assertTrue(run.out().contains("status=published"));
    }

    @Test
    void englishAliasesAndFolders() throws IOException {
        Path site = site();
        assertEquals(0, run("event", "Mít tinh 25/11", "--source", site.toString()).code());
        assertEquals(0, run("su-kien", "Tập huấn kỹ năng", "--source", site.toString()).code());
        assertEquals(0, run("infographic", "Việc nhà không lương", "--source", site.toString()).code());
        assertEquals(0, run("page", "Liên hệ", "--source", site.toString()).code());
        assertEquals(0, run("TRANG", "Hỏi đáp", "--markdown", "--source", site.toString()).code());

        assertTrue(Files.isRegularFile(site.resolve("content/su-kien/mit-tinh-25-11.adoc")));
        assertTrue(Files.isRegularFile(site.resolve("content/su-kien/tap-huan-ky-nang.adoc")));
        assertTrue(Files.isRegularFile(site.resolve("content/infographic/viec-nha-khong-luong.adoc")));
        assertTrue(Files.isRegularFile(site.resolve("content/trang/lien-he.adoc")));
        assertTrue(Files.isRegularFile(site.resolve("content/trang/hoi-dap.md")));
    }

    @Test
    void eventAndInfographicSkeletonsCarryTheirKeys() throws IOException {
        Path site = site();
        run("su-kien", "Mít tinh 25/11", "--source", site.toString());
        run("infographic", "Việc nhà không lương", "--markdown", "--source", site.toString());

        String event = Files.readString(site.resolve("content/su-kien/mit-tinh-25-11.adoc"), StandardCharsets.UTF_8);
        for (String key : List.of("start", "end", "start-time", "end-time", "location", "organiser", "audience", "category")) {
            assertTrue(event.contains("\n:jbake-" + key + ":"), key);
        }
        assertTrue(event.contains(":jbake-type: event"));
        String info = Files.readString(site.resolve("content/infographic/viec-nha-khong-luong.md"), StandardCharsets.UTF_8);
        for (String key : List.of("kind", "chart", "source", "source-year", "source-url")) {
            assertTrue(info.contains("\n" + key + "="), key);
        }
        assertTrue(info.contains("type=infographic"));
    }

    @Test
    void eventStartsWithTheFirstCategoryOfTheSiteAndListsTheChoices() throws IOException {
        Path site = site();
        Files.createDirectories(site.resolve("data/lich"));
        Files.writeString(site.resolve("data/lich/loai-su-kien.yml"),
            "- id: hoi-nghi\n  name: Hội nghị\n- id: tap-huan\n  name: Tập huấn\n", StandardCharsets.UTF_8);

        run("su-kien", "Tập huấn kỹ năng", "--source", site.toString());

        String event = Files.readString(site.resolve("content/su-kien/tap-huan-ky-nang.adoc"), StandardCharsets.UTF_8);
        assertTrue(event.contains("\n:jbake-category: hoi-nghi\n"), event);
        assertTrue(event.contains("hoi-nghi (Hội nghị), tap-huan (Tập huấn)"), event);
    }

    @Test
    void refusesToOverwriteAndSaysSoInVietnamese() throws IOException {
        Path site = site();
        Path file = site.resolve("content/bai-viet/viec-nha.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "= Việc nhà\n\nBài đã viết.\n", StandardCharsets.UTF_8);

        Run again = run("bai-viet", "Việc nhà", "--source", site.toString());

        assertEquals(1, again.code());
        assertTrue(again.err().contains("content/bai-viet/viec-nha.adoc"), again.err());
        assertTrue(again.err().contains("không ghi đè"), again.err());
        assertEquals("= Việc nhà\n\nBài đã viết.\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void refusesTheSameSlugInTheOtherFormat() throws IOException {
        Path site = site();
        assertEquals(0, run("bai-viet", "Việc nhà", "--source", site.toString()).code());
        Run markdown = run("bai-viet", "Việc nhà", "--markdown", "--source", site.toString());
        assertEquals(1, markdown.code());
        assertTrue(markdown.err().contains("viec-nha.adoc"), markdown.err());
        assertFalse(Files.exists(site.resolve("content/bai-viet/viec-nha.md")));
    }

    @Test
    void unknownKindAndTitleWithoutLettersAreRefused() throws IOException {
        Path site = site();
        Run kind = run("tin-tuc", "Tin mới", "--source", site.toString());
        assertEquals(1, kind.code());
        assertTrue(kind.err().contains("bai-viet") && kind.err().contains("su-kien"), kind.err());

        Run title = run("bai-viet", "?!", "--source", site.toString());
        assertEquals(1, title.code());
        assertTrue(title.err().contains("chữ cái"), title.err());
    }

    @Test
    void registeredInTheLoaCommand() {
        assertTrue(LoaCommand.commandLine().getSubcommands().containsKey("new"));
    }
}
