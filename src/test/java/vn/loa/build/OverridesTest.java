package vn.loa.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A province changes a template, a checker rule or a data file through tuy-bien/, never by editing Loa's copy. */
class OverridesTest {
    /** A rule of the province's own: one phrase, blocking. */
    private static final String RULE = """
        rules:
          - id: T1-tu-ngu-dia-phuong
            group: G2
            severity: error
            title: Từ ngữ tỉnh không dùng
            phrases:
              - tây cấm thử
        """;

    @TempDir
    Path dir;

    private Path site(String village) {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/bai-viet/cau-lac-bo.md", vn.loa.hostile.HostileBuild.GOOD_ARTICLE + "\nThôn " + village + ".\n");
        return site;
    }

    private Path out() {
        return dir.resolve("out");
    }

    @Test
    void aTemplateInTuyBienReplacesLoasAndTheOthersStayLoas() throws IOException {
        Path site = site("Đông");
        String layout = Files.readString(site.resolve("templates/partials/layout.ftl"), StandardCharsets.UTF_8);
        String marked = layout.replace("</main>", "</main><p class=\"tinh-tuy-bien\">Bản của tỉnh</p>");
        assertFalse(marked.equals(layout), "the layout has a main element to mark");
        TestSites.write(site, "tuy-bien/templates/partials/layout.ftl", marked);
        TestSites.bake(site, out());
        for (String page : new String[] {"index.html", "ho-tro/index.html", "bai-viet/index.html"}) {
            Document doc = Jsoup.parse(out().resolve(page).toFile(), "UTF-8");
            assertNotNull(doc.selectFirst("p.tinh-tuy-bien"), page);
        }
        assertEquals(layout, Files.readString(site.resolve("templates/partials/layout.ftl")), "Loa's copy is untouched");
    }

    @Test
    void aBrokenTemplateInTuyBienIsReportedUnderItsOwnPath() {
        Path site = site("Đông");
        TestSites.write(site, "tuy-bien/templates/ho-tro.ftl", "<#include \"partials/layout.ftl\">\n${khong_co_bien_nay}\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.bake(site, out()));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("tuy-bien/templates/ho-tro.ftl")), e.problems().toString());
    }

    @Test
    void aNewRuleFileInTuyBienChecksEveryPage() {
        Path site = site("tây cấm thử");
        TestSites.write(site, "tuy-bien/checker/rules/t1-tu-ngu-dia-phuong.yml", RULE);
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.bake(site, out()));
        assertTrue(e.problems().toString().contains("T1-tu-ngu-dia-phuong"), e.problems().toString());
    }

    @Test
    void aRuleFileOfTheSameNameReplacesLoasFile() throws IOException {
        Path site = site("tây cấm thử");
        TestSites.write(site, "checker/rules/t1-tu-ngu-dia-phuong.yml", RULE);
        TestSites.write(site, "tuy-bien/checker/rules/t1-tu-ngu-dia-phuong.yml", RULE.replace("severity: error", "severity: info"));
        TestSites.bake(site, out()); // the province lowered its own copy to info: nothing blocks
        assertTrue(Files.isRegularFile(out().resolve("index.html")));
    }

    @Test
    void theProvincesSupportFileReplacesLocalAndKeepsLoasNationalLines() throws IOException {
        Path site = site("Đông");
        TestSites.write(site, "tuy-bien/data/ho-tro.yml", """
            local:
              - name: Trung tâm Công tác xã hội tỉnh Hà Giang
                number: "0219 3 860 000"
                free: false
            """);
        TestSites.bake(site, out());
        Document page = Jsoup.parse(out().resolve("ho-tro/index.html").toFile(), "UTF-8");
        assertEquals("Gọi 0219 3 860 000", page.selectFirst("a[href=tel:02193860000]").text());
        assertNotNull(page.selectFirst("a[href=tel:111]"), "national lines still come from data/ho-tro.yml");
        assertFalse(page.text().contains("0231 3 852 468"), "the default local list is replaced");
    }

    @Test
    void aMistakeInTheProvincesDataFileNamesThatFileAndLine() {
        Path site = site("Đông");
        TestSites.write(site, "tuy-bien/data/ho-tro.yml", """
            local:
              - name: Trung tâm Công tác xã hội tỉnh
                number: "0219 3 860 000"
                free: có
            """);
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> TestSites.bake(site, out()));
        assertEquals("tuy-bien/data/ho-tro.yml", e.problems().get(0).file(), e.problems().toString());
        assertEquals(4, e.problems().get(0).line(), e.problems().toString());
    }

    @Test
    void aListFileInTuyBienReplacesLoasWholeFile() throws IOException {
        Path site = site("Đông");
        String categories = Files.readString(site.resolve("data/lich/loai-su-kien.yml"), StandardCharsets.UTF_8);
        TestSites.write(site, "tuy-bien/data/lich/loai-su-kien.yml", categories.replace("name: Tập huấn", "name: Lớp tập huấn của tỉnh"));
        TestSites.write(site, "content/su-kien/lop-tap-huan.md", """
            title=Lớp tập huấn viết tin về bình đẳng giới
            date=2026-11-10
            type=event
            status=published
            tags=bình đẳng giới
            summary=Lớp tập huấn cho cán bộ truyền thông cơ sở.
            category=tap-huan
            start=2026-11-25
            start-time=08:00
            end-time=11:00
            location=Hội trường Ủy ban nhân dân xã
            organiser=Ủy ban nhân dân xã
            ~~~~~~

            Lớp tập huấn dành cho cán bộ truyền thông của các thôn.
            """);
        TestSites.bake(site, out());
        String event = Files.walk(out().resolve("su-kien")).filter(p -> p.toString().endsWith("index.html"))
            .map(p -> read(p)).collect(Collectors.joining());
        assertTrue(event.contains("Lớp tập huấn của tỉnh"), "the province's label is shown");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
