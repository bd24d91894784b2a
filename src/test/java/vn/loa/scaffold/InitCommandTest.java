package vn.loa.scaffold;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code loa khoi-tao} on a fork of the demo: settings written, demo moved out or removed, the site still builds. */
class InitCommandTest {
    private static final String[] OPTIONS = {"--ten-trang", "Bình đẳng giới Hà Giang",
        "--don-vi", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang", "--dia-chi", "https://binhdanggioi.hagiang.gov.vn/",
        "--tinh", "tỉnh Hà Giang"};
    private static final String DEMO_LOCAL = "0231 3 852 999";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    /** The fixture site laid out as a fresh fork: demo content, images and local services, and their list. */
    private Path fork() throws IOException {
        Path site = TestSites.demoSite(dir.resolve("site"));
        TestSites.write(site, "tuy-bien/data/ho-tro.yml", """
            local:
              - name: Trung tâm mẫu
                number: "%s"
                free: false
            """.formatted(DEMO_LOCAL));
        StringBuilder list = new StringBuilder("# nội dung mẫu\n\ntuy-bien/data/ho-tro.yml\ncontent/trang/gioi-thieu.adoc\n");
        for (String folder : new String[] {"content/bai-viet", "content/su-kien", "content/infographic", "assets/images"}) {
            try (Stream<Path> files = Files.walk(TestSites.FIXTURE.resolve(folder))) {
                files.filter(Files::isRegularFile).forEach(f -> list.append(TestSites.FIXTURE.relativize(f)).append('\n'));
            }
        }
        TestSites.write(site, SiteSetup.DEMO_LIST, list.toString());
        return site;
    }

    private Run run(Path site, Map<String, String> answers, String... args) {
        InitCommand command = new InitCommand();
        command.ask = prompt -> answers.entrySet().stream().filter(a -> prompt.startsWith(a.getKey()))
            .map(Map.Entry::getValue).findFirst().orElse(null);
        CommandLine cli = new CommandLine(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of("--source", site.toString()), Stream.of(args)).toArray(String[]::new);
        return new Run(cli.execute(all), out.toString(), err.toString());
    }

    @Test
    void writesSettingsMovesTheDemoToExamplesAndTheSiteBuilds() throws Exception {
        Path site = fork();
        Run run = run(site, Map.of(), OPTIONS);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Bước tiếp theo"), run.out());
        assertTrue(run.out().contains("THÊM CÁC NƠI HỖ TRỢ CỦA TỈNH vào tệp tuy-bien/data/ho-tro.yml"), run.out());

        String settings = Files.readString(site.resolve("jbake.properties"), StandardCharsets.UTF_8);
        assertTrue(settings.contains("site.host=https://binhdanggioi.hagiang.gov.vn\n"), settings);
        assertTrue(settings.contains("loa.site.name=Bình đẳng giới Hà Giang\n"));
        assertTrue(settings.contains("loa.unit=Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang\n"));
        assertTrue(settings.contains("# --- Thông tin đơn vị"), "comments are kept");
        assertFalse(settings.contains("Sông Lam"), settings);

        assertTrue(isEmpty(site.resolve("content/bai-viet")));
        assertTrue(isEmpty(site.resolve("content/su-kien")));
        assertTrue(isEmpty(site.resolve("content/infographic")));
        assertFalse(Files.exists(site.resolve(SiteSetup.DEMO_LIST)), "the list moves with the demo");
        assertTrue(Files.isRegularFile(site.resolve("vi-du").resolve(SiteSetup.DEMO_LIST)));
        assertTrue(Files.isRegularFile(site.resolve("content/trang/duyet-web-an-toan.md")), "the safety page stays");
        assertTrue(Files.isRegularFile(site.resolve("vi-du/content/bai-viet/viec-nha-khong-phai-viec-cua-rieng-ai.md")));
        assertTrue(Files.isRegularFile(site.resolve("vi-du/content/trang/gioi-thieu.adoc")));
        assertTrue(Files.isDirectory(site.resolve("vi-du/assets/images")));
        assertTrue(Files.readString(site.resolve("vi-du/tuy-bien/data/ho-tro.yml")).contains(DEMO_LOCAL));
        String local = Files.readString(site.resolve("tuy-bien/data/ho-tro.yml"), StandardCharsets.UTF_8);
        assertTrue(local.contains("local: []") && local.contains("VIỆC CẦN LÀM NGAY"), local);

        Path out = dir.resolve("public");
        TestSites.bake(site, out);
        Document support = Jsoup.parse(out.resolve("ho-tro/index.html").toFile(), "UTF-8");
        for (String national : new String[] {"tel:111", "tel:1900969680", "tel:18001768", "tel:113"}) {
            assertNotNull(support.selectFirst("a[href=" + national + "]"), national);
        }
        assertFalse(support.text().contains(DEMO_LOCAL), "the demo's local services are gone");
        String about = Jsoup.parse(out.resolve("gioi-thieu/index.html").toFile(), "UTF-8").text();
        assertTrue(about.contains("Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang"), about);
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://binhdanggioi.hagiang.gov.vn/"), sitemap);
        assertFalse(sitemap.contains("songlam"), sitemap);
        assertFalse(Files.exists(out.resolve("vi-du")), "examples are never baked");
    }

    @Test
    void removesTheDemoWhenAskedAndIsSafeToRunTwice() throws Exception {
        Path site = fork();
        String[] remove = Stream.concat(Stream.of(OPTIONS), Stream.of("--xoa-vi-du")).toArray(String[]::new);
        assertEquals(0, run(site, Map.of(), remove).code());
        assertFalse(Files.exists(site.resolve("vi-du")));
        assertFalse(Files.exists(site.resolve("content/trang/gioi-thieu.adoc")));
        Files.writeString(site.resolve("tuy-bien/data/ho-tro.yml"), "local: []\n# đã sửa\n");
        TestSites.write(site, "content/bai-viet/bai-cua-tinh.md", vn.loa.hostile.HostileBuild.GOOD_ARTICLE);
        Run again = run(site, Map.of(), remove);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("Không còn nội dung mẫu"), again.out());
        assertTrue(Files.readString(site.resolve("tuy-bien/data/ho-tro.yml")).contains("# đã sửa"), "the province's file is kept");
        assertTrue(Files.isRegularFile(site.resolve("content/bai-viet/bai-cua-tinh.md")), "the province's article is kept");
    }

    @Test
    void asksForWhatIsMissingWhenSomeoneIsAtTheConsole() throws Exception {
        Path site = fork();
        Run run = run(site, Map.of("Tên trang", "Bình đẳng giới Lào Cai", "Đơn vị", "Sở Nội vụ tỉnh Lào Cai",
            "Tỉnh", "tỉnh Lào Cai", "Địa chỉ", "https://binhdanggioi.laocai.gov.vn"));
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(site.resolve("jbake.properties")).contains("site.host=https://binhdanggioi.laocai.gov.vn"));
    }

    @Test
    void withoutAConsoleNamesEveryMissingOptionAndChangesNothing() throws Exception {
        Path site = fork();
        String before = Files.readString(site.resolve("jbake.properties"));
        Run run = run(site, Map.of(), "--ten-trang", "Bình đẳng giới Hà Giang");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--don-vi") && run.err().contains("--dia-chi") && run.err().contains("--tinh"), run.err());
        assertEquals(before, Files.readString(site.resolve("jbake.properties")));
        assertTrue(Files.isDirectory(site.resolve("content/su-kien")));
    }

    @Test
    void refusesAnAddressThatIsNotHttpsAndChangesNothing() throws Exception {
        Path site = fork();
        String before = Files.readString(site.resolve("jbake.properties"));
        Run run = run(site, Map.of(), OPTIONS[0], OPTIONS[1], OPTIONS[2], OPTIONS[3], "--dia-chi", "http://binhdanggioi.hagiang.gov.vn",
            OPTIONS[6], OPTIONS[7]);
        assertEquals(2, run.code());
        assertTrue(run.err().contains("https://"), run.err());
        assertEquals(before, Files.readString(site.resolve("jbake.properties")));
    }

    @Test
    void refusesAFolderThatIsNotALoaSite() {
        Run run = run(dir, Map.of(), OPTIONS);
        assertEquals(2, run.code());
        assertTrue(run.err().contains("không phải kho Loa"), run.err());
    }

    /** No file anywhere below (or no folder at all). */
    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }
}
