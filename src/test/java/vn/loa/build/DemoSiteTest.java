package vn.loa.build;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the test fixture site (every content type) with the real JBake and checks what a citizen gets. */
class DemoSiteTest {
    @TempDir
    static Path dir;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void bake() throws IOException {
        Path site = TestSites.demoSite(dir.resolve("site"));
        out = dir.resolve("public");
        result = TestSites.bake(site, out);
    }

    @Test
    void hasAtLeastTwelveArticlesSomeInMarkdown() throws IOException {
        assertTrue(result.countsByType().getOrDefault("bài viết", 0) >= 12, result.countsByType().toString());
        try (Stream<Path> files = Files.list(TestSites.FIXTURE.resolve("content/bai-viet"))) {
            assertTrue(files.filter(f -> f.toString().endsWith(".md")).count() >= 3);
        }
    }

    @Test
    void everyPageIsVietnameseWithLandmarksAndNoOtherHostResources() throws IOException {
        for (Path page : htmlPages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String name = out.relativize(page).toString();
            assertEquals("vi", doc.selectFirst("html").attr("lang"), name);
            assertTrue(doc.selectFirst("main#noi-dung") != null, name + " needs a main landmark");
            assertTrue(doc.selectFirst("a.skip-link[href=#noi-dung]") != null, name + " needs a skip link");
            assertEquals(1, doc.select("h1").size(), name + " needs exactly one h1");
            doc.select("script[src], link[href][rel~=(stylesheet|icon|preload)], img[src], iframe, source[src]").forEach(el -> {
                String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                assertFalse(url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//"),
                    name + " loads " + url + " from another host");
            });
        }
    }

    @Test
    void articlePageShowsDateUnitTagsReadingTimeAndRelated() throws IOException {
        Path page = out.resolve("bai-viet/thang-hanh-dong-vi-binh-dang-gioi-2026/index.html");
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals("Tháng hành động vì bình đẳng giới 2026", doc.selectFirst("h1").text());
        assertEquals("13/11/2026", doc.selectFirst("time[datetime=2026-11-13]").text());
        assertTrue(doc.selectFirst(".meta").text().contains("phút đọc"));
        assertFalse(doc.select(".tag-list a[href^=/chu-de/]").isEmpty());
        assertFalse(doc.select(".related a").isEmpty());
        assertTrue(doc.selectFirst(".prose").text().length() > 1000);
    }

    @Test
    void previousAndNextFollowDateOrderOnEveryArticle() throws IOException {
        List<Path> articles = articlePages();
        Map<String, String> dateByUrl = new TreeMap<>();
        for (Path page : articles) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            dateByUrl.put("/" + out.relativize(page.getParent()) + "/", doc.selectFirst("article time").attr("datetime"));
        }
        for (Path page : articles) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String date = doc.selectFirst("article time").attr("datetime");
            var older = doc.selectFirst("a[rel=prev]");
            if (older != null) {
                assertTrue(dateByUrl.get(older.attr("href")).compareTo(date) <= 0, page + " older link");
            }
            var newer = doc.selectFirst("a[rel=next]");
            if (newer != null) {
                assertTrue(dateByUrl.get(newer.attr("href")).compareTo(date) >= 0, page + " newer link");
            }
        }
    }

    @Test
    void siteFilesExist() {
        for (String f : List.of("index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "chu-de/index.html",
            "bai-viet/index.html", "css/loa.css", "luu-tru/2026/index.html", "duyet-web-an-toan/index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
        Path site = TestSites.demoSite(dir.resolve("site2"));
        Path second = dir.resolve("public2");
        TestSites.bake(site, second);
        TestSites.assertSameFiles(out, second, "two builds");
    }

    static List<Path> htmlPages() throws IOException {
        return allFiles(out).stream().filter(p -> p.toString().endsWith(".html")).toList();
    }

    static List<Path> articlePages() throws IOException {
        return htmlPages().stream().filter(p -> out.relativize(p).toString().startsWith("bai-viet/") && p.getParent().getParent().getFileName().toString().equals("bai-viet")).toList();
    }

    static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
