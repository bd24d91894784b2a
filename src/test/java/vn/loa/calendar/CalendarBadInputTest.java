package vn.loa.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.loa.build.BuildFailedException;
import vn.loa.build.BuildOptions;
import vn.loa.build.BuildProblem;
import vn.loa.build.FileParseCache;
import vn.loa.build.RenderMemo;
import vn.loa.build.SiteFeature;
import vn.loa.build.TestSites;
import vn.loa.build.SiteBuild;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small site (Markdown only, so no AsciiDoc engine) with the repository's templates and calendar
 * data, and one faulty event or data file: the build must fail with a Vietnamese message that names
 * the file and the line.
 */
class CalendarBadInputTest {
    static final String EVENT_FILE = "content/su-kien/hop-thon.md";
    static final String GOOD_EVENT = """
        title=Họp thôn Đông bàn về phòng, chống bạo lực gia đình
        date=2026-05-20
        type=event
        status=published
        start=2026-06-12
        end=2026-06-12
        start-time=19:00
        end-time=21:00
        location=Nhà văn hóa thôn Đông
        category=hoi-nghi
        ~~~~~~

        Mời các hộ gia đình đến dự.
        """;

    @TempDir
    Path site;

    @Test
    void theGoodFixtureBuilds() throws Exception {
        prepareSite(GOOD_EVENT);
        build();
        assertTrue(Files.isRegularFile(site.resolve("out/su-kien/hop-thon-dong-ban-ve-phong-chong-bao-luc-gia-dinh/su-kien.ics")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "end=2026-06-12          | end=2026-06-10   | 6  | đứng trước ngày bắt đầu",
        "start=2026-06-12        | start=2026-02-30 | 5  | không có thật trên lịch",
        "start=2026-06-12        | start=12/6/2026  | 5  | chưa đúng dạng",
        "start-time=19:00        | start-time=25:00 | 7  | không có thật",
        "end-time=21:00          | end-time=18:30   | 8  | phải sau giờ bắt đầu",
        "category=hoi-nghi       | category=hop-mat | 10 | không có trong danh sách",
        "category=hoi-nghi       | location=x       | 1  | Sự kiện chưa có loại",
    })
    void aFaultyEventNamesFileAndLine(String good, String bad, int line, String words) throws Exception {
        String text = GOOD_EVENT.replace(good + "\n", bad + "\n");
        assertTrue(!text.equals(GOOD_EVENT), "fixture did not change");
        prepareSite(text.replace("location=Nhà văn hóa thôn Đông\nlocation=x", "location=x"));
        BuildProblem problem = onlyProblem();
        assertEquals(EVENT_FILE, problem.file());
        assertEquals(line, problem.line(), problem.toString());
        assertTrue(problem.message().contains(words), problem.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "date: 8/3          | date: 31/2        | 4 | không có thật trên lịch",
        "date: 8/3          | date: 8-3         | 4 | chưa đúng dạng",
        "date: 8/3          | from: 15/11       | 4 | Thiếu \"to: ngày/tháng\"",
        "id: ngay-mot       | id: Ngày Một      | 2 | không dùng được",
        "summary: Một ngày. | sumary: Một ngày. | 5 | Khóa \"sumary\" không dùng ở đây",
    })
    void aFaultyObservanceNamesTheDataFileAndLine(String good, String bad, int line, String words) throws Exception {
        prepareSite(GOOD_EVENT);
        String observances = "# Ngày kỷ niệm\n- id: ngay-mot\n  name: Ngày Một\n  date: 8/3\n  summary: Một ngày.\n".replace(good, bad);
        Files.writeString(site.resolve("data/lich/ngay-ky-niem.yml"), observances, StandardCharsets.UTF_8);
        List<BuildProblem> problems = assertThrows(BuildFailedException.class, this::build).problems();
        BuildProblem problem = problems.stream().filter(p -> p.message().contains(words)).findFirst()
            .orElseThrow(() -> new AssertionError("no problem says \"" + words + "\": " + problems));
        assertEquals("data/lich/ngay-ky-niem.yml", problem.file());
        assertEquals(line, problem.line(), problem.toString());
    }

    @Test
    void brokenYamlNamesTheDataFile() throws Exception {
        prepareSite(GOOD_EVENT);
        Files.writeString(site.resolve("data/lich/ngay-ky-niem.yml"), "- id: a\n  name: \"không đóng ngoặc\n", StandardCharsets.UTF_8);
        BuildProblem problem = onlyProblem();
        assertEquals("data/lich/ngay-ky-niem.yml", problem.file());
        assertTrue(problem.line() > 0, problem.toString());
    }

    @Test
    void aBrokenCategoryListNamesItsLine() throws Exception {
        prepareSite(GOOD_EVENT);
        Files.writeString(site.resolve("data/lich/loai-su-kien.yml"),
            "- id: hoi-nghi\n  name: Hội nghị\n- id: tat-ca\n  name: Tất cả\n", StandardCharsets.UTF_8);
        BuildProblem problem = onlyProblem();
        assertEquals("data/lich/loai-su-kien.yml", problem.file());
        assertEquals(3, problem.line());
    }

    private BuildProblem onlyProblem() throws IOException {
        BuildFailedException failure = assertThrows(BuildFailedException.class, this::build);
        List<BuildProblem> problems = failure.problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private void build() throws IOException {
        BuildOptions options = BuildOptions.of(site, site.resolve("out")).withChecker(false).withCacheDir(null);
        new SiteBuild(options, List.<SiteFeature>of(new CalendarFeature(() -> LocalDate.of(2026, 6, 1))), FileParseCache.inMemory(),
            RenderMemo.inMemory()).run();
    }

    /** The repository's templates, assets, data and configuration, with one event. */
    private void prepareSite(String event) {
        TestSites.emptySite(site);
        TestSites.write(site, EVENT_FILE, event);
    }
}
