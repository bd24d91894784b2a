package vn.loa.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.BuildOptions;
import vn.loa.build.SiteBuild;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real bake (JBake, AsciiDoc and Markdown) of a small site: what the search index and pages hold. */
class SearchFeatureTest {
    private static final String VIOLENCE = """
        = Luật Phòng, chống bạo lực gia đình: điều người dân cần biết
        :jbake-date: 2026-03-02
        :jbake-type: post
        :jbake-status: published
        :jbake-tags: Bạo lực gia đình, Pháp luật
        :jbake-summary: Năm điểm mới của luật giúp người bị bạo lực được bảo vệ sớm hơn.

        Khi bị bạo lực, hãy gọi đường dây nóng. Tổ hòa giải ở thôn có thể giúp.
        """;
    private static final String EQUALITY = """
        title=Việc nhà không phải việc của riêng ai
        date=2026-04-10
        type=post
        status=published
        tags=Bình đẳng giới
        summary=Chia sẻ việc nhà giữa vợ và chồng.
        ~~~~~~

        Bác sĩ ở trạm y tế xã kể chuyện nhà mình: anh nấu cơm, chị đi họp.
        """;
    private static final String DRAFT = """
        title=Bản nháp về tập huấn bí mật
        date=2026-05-01
        type=post
        status=draft
        tags=Bạo lực gia đình
        summary=Chưa được duyệt.
        ~~~~~~

        Nội dung chưa đăng.
        """;

    @TempDir
    Path dir;

    private Path bakeSite(boolean drafts) throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/bai-viet/luat.adoc", VIOLENCE);
        TestSites.write(site, "content/bai-viet/viec-nha.md", EQUALITY);
        TestSites.write(site, "content/bai-viet/nhap.md", DRAFT);
        Path out = dir.resolve(drafts ? "preview" : "out");
        if (drafts) {
            SiteBuild.standard(BuildOptions.of(site, out).withCacheDir(null).withDrafts(true)).run();
        } else {
            TestSites.bake(site, out);
        }
        return out;
    }

    @Test
    void theIndexFindsPagesTypedWithoutDiacritics() throws IOException {
        Path out = bakeSite(false);
        IndexFiles index = IndexFiles.inSite(out);
        assertEquals(List.of("/bai-viet/luat-phong-chong-bao-luc-gia-dinh-dieu-nguoi-dan-can-biet/"), index.urlsWithAll("bao luc gia dinh")
            .stream().filter(u -> u.startsWith("/bai-viet/")).toList());
        assertTrue(index.urlsWithAll("bác sỹ").contains("/bai-viet/viec-nha-khong-phai-viec-cua-rieng-ai/"),
            "sỹ finds sĩ: " + index.urlsWithAll("bac sy"));
        assertEquals(index.urlsWithAll("hoa giai"), index.urlsWithAll("hoà giải"));
        List<String> topics = index.urlsWithAll("binh dang gioi");
        assertTrue(topics.contains("/chu-de/binh-dang-gioi/"), "topics are found by name: " + topics);
    }

    @Test
    void titleSummaryAndTopicWeightsAreStored() throws IOException {
        IndexFiles index = IndexFiles.inSite(bakeSite(false));
        int article = index.urlsWithAll("luat phong chong").stream().filter(u -> u.startsWith("/bai-viet/")).findFirst()
            .map(url -> idOf(index, url)).orElseThrow();
        assertTrue((index.pagesWith("luat").get(article) & TermWeights.TITLE) != 0, "in the title");
        assertTrue((index.pagesWith("som").get(article) & TermWeights.SUMMARY) != 0, "in the summary");
        assertTrue((index.pagesWith("phap").get(article) & TermWeights.SUMMARY) != 0, "a topic counts as the summary");
        assertEquals(1, index.pagesWith("duong").get(article) & 7, "once in the text");
        List<Object> row = index.row(article);
        assertEquals("Bài viết", row.get(4));
        assertEquals("02/03/2026", row.get(3));
        assertEquals("Năm điểm mới của luật giúp người bị bạo lực được bảo vệ sớm hơn.", row.get(2));
    }

    @Test
    void supportAndObservancePagesComeFirst() throws IOException {
        IndexFiles index = IndexFiles.inSite(bakeSite(false));
        assertEquals("/ho-tro/", index.row(0).get(0), "the support directory is the first page of all");
        assertTrue(index.urlsWithAll("ho tro").contains("/ho-tro/"));
        assertTrue(index.urlsWithAll("xoa bo bao luc").stream().anyMatch(u -> u.startsWith("/lich/ngay-ky-niem/")),
            "observances are found: " + index.urlsWithAll("xoa bo bao luc"));
    }

    @Test
    void draftsAreNeverInTheIndexNotEvenInThePreview() throws IOException {
        for (boolean preview : new boolean[] {false, true}) {
            Path out = bakeSite(preview);
            if (preview) {
                assertTrue(Files.isDirectory(out.resolve("bai-viet/ban-nhap-ve-tap-huan-bi-mat")), "the preview shows the draft");
            }
            try (Stream<Path> files = Files.walk(out.resolve("tim-kiem"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    assertFalse(text.contains("Bản nháp") || text.contains("ban-nhap"),
                        (preview ? "preview: " : "") + file + " holds the draft");
                }
            }
            assertTrue(IndexFiles.inSite(out).urlsWithAll("tap huan").stream().noneMatch(u -> u.contains("ban-nhap")));
        }
    }

    @Test
    void theSearchPageWorksWithoutJavaScriptAndIsASafetyPage() throws IOException {
        Path out = bakeSite(false);
        Document page = Jsoup.parse(out.resolve("tim-kiem/index.html").toFile(), "UTF-8");
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        assertNotNull(page.selectFirst("[data-quick-exit]"), "quick exit: people look for help here");
        assertEquals("no-referrer", page.select("meta[name=referrer]").attr("content"));
        assertEquals("/tim-kiem/", page.selectFirst("main form").attr("action"));
        assertEquals("get", page.selectFirst("main form").attr("method"));
        assertNotNull(page.selectFirst("label[for=tu-khoa]"));
        assertTrue(page.select("noscript").text().contains("JavaScript"), "says search needs JavaScript");
        assertTrue(page.select("main a[href^=/chu-de/]").size() >= 3, "topics");
        assertTrue(page.select("main a[href^=/luu-tru/]").size() >= 1, "archive by year");
        assertNotNull(page.selectFirst("script[src=/js/tim-kiem.js]"));
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script: the CSP forbids it");
        assertTrue(page.select("header form").isEmpty(), "one search form on the search page");
    }

    @Test
    void everyPageHasTheHeaderFormAndThe404PageHasTheSearchBox() throws IOException {
        Path out = bakeSite(false);
        for (String path : List.of("index.html", "bai-viet/index.html", "ho-tro/index.html", "chu-de/binh-dang-gioi/index.html")) {
            Document page = Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
            assertEquals("/tim-kiem/", page.select("header form[role=search]").attr("action"), path);
            assertEquals("q", page.select("header form input").attr("name"), path);
            assertEquals("Tìm trên trang web", page.select("header label[for=tim-nhanh]").text(), path);
        }
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8");
        assertNotNull(notFound.selectFirst("[data-loa-search][data-loa-search-path] form[action=/tim-kiem/] input[name=q]"));
        assertNotNull(notFound.selectFirst("script[src=/js/tim-kiem.js]"));
    }

    private static int idOf(IndexFiles index, String url) {
        for (int id = 0; id < index.entries(); id++) {
            if (url.equals(index.row(id).get(0))) {
                return id;
            }
        }
        throw new AssertionError(url + " is not in the index");
    }
}
