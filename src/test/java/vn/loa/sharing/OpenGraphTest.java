package vn.loa.sharing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open Graph and Twitter card tags on every baked page, with images that exist and absolute URLs. */
class OpenGraphTest {

    @Test
    void everyPageHasCompleteOpenGraphTagsMatchingItsCanonicalUrl() {
        List<Path> pages = BakedDemo.htmlPages();
        Set<String> kinds = new TreeSet<>();
        for (Path page : pages) {
            Document doc = BakedDemo.parse(page);
            String url = BakedDemo.urlOf(page);
            kinds.add(url.split("/").length > 1 ? url.split("/")[1] : "home");
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertEquals(BakedDemo.BASE_URL + url, canonical, url);
            assertEquals(canonical, og(doc, "og:url"), url);
            String title = url.equals("/") ? doc.title() : doc.title().substring(0, doc.title().lastIndexOf(" – "));
            assertEquals(title, og(doc, "og:title"), url);
            assertFalse(og(doc, "og:description").isBlank(), url + " og:description");
            assertEquals("vi_VN", og(doc, "og:locale"), url);
            assertEquals("Bình đẳng giới Sông Lam", og(doc, "og:site_name"), url);
            assertEquals("summary_large_image", doc.selectFirst("meta[name=twitter:card]").attr("content"), url);
            assertEquals(url.startsWith("/bai-viet/") && url.split("/").length == 3 ? "article" : "website", og(doc, "og:type"), url);

            String image = og(doc, "og:image");
            assertTrue(image.startsWith(BakedDemo.BASE_URL + "/") && image.endsWith(".png"), url + " og:image " + image);
            assertTrue(Files.isRegularFile(BakedDemo.output().resolve(image.substring(BakedDemo.BASE_URL.length() + 1))), image + " exists");
            assertEquals("1200", og(doc, "og:image:width"), url);
            assertEquals("630", og(doc, "og:image:height"), url);
            assertFalse(og(doc, "og:image:alt").isBlank(), url);
        }
        // home, articles, years, tags, pages, the support page and 404 were all looked at
        assertTrue(kinds.containsAll(Set.of("home", "bai-viet", "luu-tru", "chu-de", "ho-tro", "gioi-thieu", "404.html")), kinds.toString());
    }

    @Test
    void articlesShowTheirOwnCardOtherPagesTheDefaultCard() {
        Document article = BakedDemo.page("/bai-viet/viec-nha-khong-phai-viec-cua-rieng-ai/");
        assertEquals(BakedDemo.BASE_URL + "/bai-viet/viec-nha-khong-phai-viec-cua-rieng-ai/the-chia-se.png", og(article, "og:image"));
        assertTrue(og(article, "og:image:alt").startsWith("Việc nhà không phải việc của riêng ai."));
        assertEquals("2026-03-20", og(article, "article:published_time"));

        for (String url : List.of("/", "/chu-de/", "/ho-tro/", "/gioi-thieu/")) {
            assertEquals(BakedDemo.BASE_URL + "/the-chia-se.png", og(BakedDemo.page(url), "og:image"), url);
        }
    }

    @Test
    void everyArticleHasACardFile() {
        for (Path page : BakedDemo.htmlPages()) {
            String url = BakedDemo.urlOf(page);
            if (url.matches("/bai-viet/[^/]+/")) {
                assertTrue(Files.isRegularFile(page.resolveSibling(ShareCards.FILE_NAME)), url);
            }
        }
    }

    private static String og(Document doc, String property) {
        Element meta = doc.selectFirst("meta[property=" + property + "]");
        assertNotNull(meta, property + " missing");
        return meta.attr("content");
    }
}
