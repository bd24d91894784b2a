package vn.loa.support;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.loa.sharing.BakedDemo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The support page, the support box on pages about violence, and the quick exit, on the baked demo site. */
class SafetyPagesTest {
    private static final String QUICK_EXIT = "a.quick-exit-link[data-quick-exit]";

    @Test
    void supportPageListsEveryNumberWithTelLinkAndCostLabel() throws Exception {
        SupportDirectory directory = directory();
        Document page = BakedDemo.page("/ho-tro/");
        assertEquals("Số điện thoại và nơi hỗ trợ", page.selectFirst("h1").text());
        for (SupportService service : directory.services()) {
            Element call = page.selectFirst("a[href=" + service.telLink() + "]");
            assertNotNull(call, service.number());
            assertEquals("Gọi " + service.number(), call.text());
            Element item = call.closest(".support-item");
            assertTrue(item.text().contains(service.free() ? "Miễn phí" : "Có tính cước"), item.text());
        }
        assertFalse(page.selectFirst("a[href=tel:1900969680]").closest(".support-item").text().contains("Miễn phí"));
        assertTrue(page.text().contains("Danh bạ được kiểm tra ngày 01/06/2026"));
        assertEquals("no-referrer", page.selectFirst("meta[name=referrer]").attr("content"));
    }

    @Test
    void supportBoxAndQuickExitAppearExactlyOnPagesAboutViolence() throws Exception {
        SupportDirectory directory = directory();
        Set<String> safetyPages = new TreeSet<>();
        for (Path file : BakedDemo.htmlPages()) {
            String url = BakedDemo.urlOf(file);
            Document doc = BakedDemo.parse(file);
            boolean isDocument = doc.selectFirst("article.article") != null && !url.equals("/ho-tro/");
            List<String> tags = doc.select("section.tags .tag-list a").eachText();
            // The search page is one too: people look for help there.
            boolean expected = url.equals("/ho-tro/") || url.equals("/duyet-web-an-toan/") || url.equals("/tim-kiem/")
                || (isDocument && directory.isAboutViolence(tags));
            boolean box = !doc.select("aside.support-box").isEmpty();
            assertEquals(expected && !url.equals("/ho-tro/"), box, url + " support box");
            assertEquals(expected, doc.selectFirst(QUICK_EXIT) != null, url + " quick exit");
            assertEquals(expected ? "no-referrer" : "strict-origin-when-cross-origin",
                doc.selectFirst("meta[name=referrer]").attr("content"), url);
            if (expected) {
                safetyPages.add(url);
            }
        }
        assertTrue(safetyPages.contains("/bai-viet/luat-phong-chong-bao-luc-gia-dinh-2022-nam-diem-moi-nguoi-dan-nen-biet/"));
        assertFalse(safetyPages.contains("/bai-viet/hop-tac-xa-do-phu-nu-lam-chu-von-nho-duong-dai/"));
        assertTrue(safetyPages.size() >= 10, safetyPages.toString());
    }

    @Test
    void supportBoxShowsNationalNumbersAndLinksToTheDirectory() throws Exception {
        Document doc = BakedDemo.page("/bai-viet/dia-chi-tin-cay-va-nha-tam-lanh-noi-an-toan-giua-cong-dong/");
        Element box = doc.selectFirst("aside.support-box");
        for (String tel : List.of("tel:111", "tel:1900969680", "tel:18001768", "tel:113", "tel:02313852468")) {
            assertNotNull(box.selectFirst("a[href=" + tel + "]"), tel);
        }
        assertNotNull(box.selectFirst("a[href=/ho-tro/]"));
        assertNotNull(box.selectFirst("a[href=/duyet-web-an-toan/]"));
    }

    @Test
    void quickExitIsTheFirstFocusableElementAndWorksWithoutJavaScript() {
        for (String url : List.of("/ho-tro/", "/duyet-web-an-toan/", "/bai-viet/thang-hanh-dong-phong-chong-bao-luc-gia-dinh-2026-thong-tin-den-tung-to-dan-pho/")) {
            Document doc = BakedDemo.page(url);
            Element first = doc.body().select("a[href], button, input, select, textarea, [tabindex]").stream()
                .filter(e -> !e.attr("tabindex").equals("-1") && e.closest("[hidden]") == null)
                .findFirst().orElseThrow();
            assertTrue(first.is(QUICK_EXIT), url + " first focusable: " + first);
            assertEquals("Thoát nhanh", first.text());
            assertTrue(first.attr("href").startsWith("https://www.google.com/"), "a plain link that leaves with JS off");
            assertTrue(first.attr("rel").contains("noreferrer"));
            assertTrue(doc.selectFirst(".quick-exit-hint").hasAttr("hidden"), "the Shift hint shows only with JS");
        }
        Document other = BakedDemo.page("/bai-viet/hop-tac-xa-do-phu-nu-lam-chu-von-nho-duong-dai/");
        assertNull(other.selectFirst(QUICK_EXIT));
    }

    @Test
    void jsOnlyShareButtonsAreHiddenUntilScriptRevealsThem() {
        Document doc = BakedDemo.page("/bai-viet/viec-nha-khong-phai-viec-cua-rieng-ai/");
        Element share = doc.selectFirst("section.share");
        assertTrue(share.selectFirst("[data-share]").closest("li").hasAttr("hidden"));
        assertTrue(share.selectFirst("[data-copy-link]").closest("li").hasAttr("hidden"));
        String encoded = "https%3A%2F%2Fbinhdanggioi.songlam.gov.vn%2Fbai-viet%2Fviec-nha-khong-phai-viec-cua-rieng-ai%2F";
        assertEquals("https://www.facebook.com/sharer/sharer.php?u=" + encoded, share.selectFirst("a:contains(Facebook)").attr("href"));
        assertEquals("https://sp.zalo.me/share_to?url=" + encoded, share.selectFirst("a:contains(Zalo)").attr("href"));
        assertEquals("https://binhdanggioi.songlam.gov.vn/bai-viet/viec-nha-khong-phai-viec-cua-rieng-ai/",
            share.selectFirst("[data-copy-link]").attr("data-copy-link"));
    }

    @Test
    void everyNumberIsWrittenOnlyInTheDataFile() throws Exception {
        SupportDirectory directory = directory();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("templates")), Files.walk(Path.of("assets")))) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(ftl|js|css|html|txt)$")).toList()) {
                String text = Files.readString(file);
                for (SupportService service : directory.services()) {
                    if (service.dial().length() > 3) {
                        assertFalse(text.replaceAll("[ .]", "").contains(service.dial()), file + " repeats " + service.number());
                    }
                }
                assertFalse(text.matches("(?s).*(Gọi|gọi|số|tel:) ?(111|113)\\b.*"), file + " names a short number");
            }
        }
    }

    static SupportDirectory directory() throws IOException, SupportDataException {
        return SupportDirectory.load(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(vn.loa.build.TestSites.FIXTURE.resolve("data/ho-tro.yml"))));
    }
}
