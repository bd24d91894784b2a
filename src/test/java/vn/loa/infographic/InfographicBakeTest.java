package vn.loa.infographic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.TestSites;
import vn.loa.graphics.QrSvg;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the repository's demo infographics with the real JBake, AsciidoctorJ and templates, twice. */
class InfographicBakeTest {
    private static final String BASE_URL = "https://binhdanggioi.songlam.gov.vn";

    @TempDir
    static Path dir;
    static Path out;
    static Path again;
    static List<String> pages;

    @BeforeAll
    static void bake() throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.copyTree(TestSites.FIXTURE.resolve("content/infographic"), site.resolve("content/infographic"));
        out = dir.resolve("public");
        again = dir.resolve("public-again");
        TestSites.bake(site, out);
        TestSites.bake(site, again);
        pages = new ArrayList<>();
        try (var list = Files.list(out.resolve("infographic"))) {
            list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(pages::add);
        }
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void demoHasAtLeastFiveInfographicsThreeOfThemCharts() throws IOException {
        assertTrue(pages.size() >= 5, pages.toString());
        int charts = 0;
        for (String slug : pages) {
            if (page("infographic/" + slug + "/index.html").selectFirst("figure.ig-figure svg.chart") != null) {
                charts++;
            }
        }
        assertTrue(charts >= 3, "charts: " + charts);
    }

    @Test
    void everyPageCitesItsSourceAndYearInPlainText() throws IOException {
        for (String slug : pages) {
            Element caption = page("infographic/" + slug + "/index.html").selectFirst("figcaption.ig-source");
            assertNotNull(caption, slug);
            assertTrue(caption.text().matches("Nguồn: .+, năm (19|20)\\d\\d"), slug + ": " + caption.text());
        }
    }

    @Test
    void chartNumbersAndTableNumbersAgree() throws IOException {
        for (String slug : pages) {
            Document doc = page("infographic/" + slug + "/index.html");
            Element svg = doc.selectFirst("svg.chart");
            if (svg == null) {
                continue;
            }
            assertEquals("img", svg.attr("role"));
            String svgText = String.join(" ", svg.select("text").eachText());
            Element table = doc.selectFirst("table.ig-table");
            assertNotNull(table.selectFirst("caption"), slug);
            assertEquals(2, table.select("thead th[scope=col]").size(), slug);
            for (Element row : table.select("tbody tr")) {
                assertEquals("row", row.selectFirst("th").attr("scope"));
                String value = row.selectFirst("td").text();
                assertTrue(svgText.contains(value), slug + ": the chart does not show " + value);
            }
            // The officer's own table became the accessible one: only one table on the page.
            assertEquals(1, doc.select("main table").size(), slug);
        }
    }

    @Test
    void imageInfographicHasAltTextAndATextVersion() throws IOException {
        Document doc = page("infographic/binh-dang-gioi-la-gi/index.html");
        Element img = doc.selectFirst("figure.ig-figure img");
        assertEquals("/images/binh-dang-gioi-la-gi.png", img.attr("src"));
        assertTrue(img.attr("alt").length() > 40);
        assertTrue(doc.selectFirst("#ban-chu").parent().text().contains("vị trí, vai trò ngang nhau"));
    }

    @Test
    void eachInfographicHasASmallFeedSizedPngLinkedFromItsPage() throws IOException {
        for (String slug : pages) {
            Element link = page("infographic/" + slug + "/index.html").selectFirst("a[download]");
            assertEquals("/infographic/" + slug + "/" + slug + ".png", link.attr("href"));
            Path png = out.resolve(link.attr("href").substring(1));
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1080, image.getWidth());
            assertEquals(1350, image.getHeight());
            assertTrue(Files.size(png) <= 150 * 1024, slug + ": " + Files.size(png));
            assertTrue(link.text().contains(InfographicView.kilobytes((int) Files.size(png))), link.text());
        }
    }

    @Test
    void printViewsCarryAQrCodeToTheAbsolutePageAddress() throws IOException {
        for (String slug : pages) {
            String url = "/infographic/" + slug + "/";
            for (String paper : List.of("a4", "a5")) {
                Path file = out.resolve("infographic/" + slug + (paper.equals("a4") ? "/in/index.html" : "/in/a5/index.html"));
                String html = Files.readString(file);
                Document doc = Jsoup.parse(html);
                assertTrue(doc.body().hasClass("paper-" + paper), slug + " " + paper);
                assertTrue(html.contains(QrSvg.of(BASE_URL + url, "Mã QR dẫn tới trang infographic này")), slug);
                assertNotNull(doc.selectFirst("link[href=/css/in-an.css]"));
                assertEquals(BASE_URL + url, doc.selectFirst("link[rel=canonical]").attr("href"));
                assertTrue(doc.text().contains("Nguồn: "), slug);
            }
        }
        String css = Files.readString(out.resolve("css/in-an.css"));
        assertTrue(css.contains("size:A4") && css.contains("size:A5") && css.contains(".paper-a5"));
    }

    @Test
    void indexListsEveryInfographicNewestFirstAndHomeShowsTheNewest() throws IOException {
        Document index = page("infographic/index.html");
        List<String> dates = index.select("main .card time").eachAttr("datetime");
        assertEquals(pages.size(), dates.size());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        Element home = page("index.html").selectFirst("section[aria-labelledby=infographic-moi]");
        assertNotNull(home);
        assertEquals(InfographicFeature.HOME_COUNT, home.select("li a").size());
        assertEquals(index.selectFirst("main .card-title a").attr("href"), home.selectFirst("li a").attr("href"));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains(BASE_URL + "/infographic/</loc>"));
        assertFalse(sitemap.contains("/in/</loc>"), "print views stay out of the sitemap");
    }

    @Test
    void pagesLoadNothingFromOtherHostsAndRunNoInlineScript() throws IOException {
        for (String slug : pages) {
            for (String path : List.of("/index.html", "/in/index.html", "/in/a5/index.html")) {
                Document doc = page("infographic/" + slug + path);
                assertTrue(doc.select("[src^=http], link[href^=http]:not([rel=canonical])").isEmpty(), slug + path);
                assertTrue(doc.select("script:not([src])").isEmpty());
                assertTrue(doc.select("[style]").isEmpty());
                assertEquals("vi", doc.selectFirst("html").attr("lang"));
            }
        }
    }

    @Test
    void twoBakesGiveTheSameBytes() throws IOException {
        List<String> files = files(out);
        assertEquals(files, files(again));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
