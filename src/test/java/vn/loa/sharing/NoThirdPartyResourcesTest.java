package vn.loa.sharing;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No page loads anything from another host: readers of a page about violence must not be seen by a
 * CDN, font service or social network. Links to other hosts (share links, the quick exit) are
 * navigation and allowed; resources are not.
 */
class NoThirdPartyResourcesTest {
    private static final String HOST = URI.create(BakedDemo.BASE_URL).getHost();
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");
    private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+['\"]([^'\"]+)");

    @Test
    void noBakedPageLoadsAResourceFromAnotherHost() throws Exception {
        List<String> offenders = new ArrayList<>();
        List<Path> pages = BakedDemo.allHtml();
        assertTrue(pages.size() > 30);
        for (Path page : pages) {
            Document doc = BakedDemo.parse(page);
            for (String url : resourceUrls(doc)) {
                if (isOtherHost(url)) {
                    offenders.add(BakedDemo.urlOf(page) + " -> " + url);
                }
            }
        }
        try (Stream<Path> files = Files.walk(BakedDemo.output())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".css") || p.toString().endsWith(".svg")).toList()) {
                for (String url : cssUrls(Files.readString(file))) {
                    if (isOtherHost(url)) {
                        offenders.add(file.getFileName() + " -> " + url);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theScannerCatchesEveryKindOfResource() {
        Document doc = org.jsoup.Jsoup.parse("""
            <html><head><link rel="stylesheet" href="https://cdn.example/x.css"><link rel="preload" href="//fonts.example/f.woff2">
            <link rel="icon" href="http://a.example/i.png"><style>body{background:url("https://b.example/bg.png")}</style>
            <script src="https://sdk.example/sdk.js"></script></head><body><img src="https://c.example/i.png">
            <img srcset="/ok.png 1x, https://d.example/2x.png 2x"><iframe src="https://e.example/"></iframe>
            <video poster="https://f.example/p.jpg"><source src="https://g.example/v.mp4"></video><audio src="https://h.example/a.mp3"></audio>
            <div style="background-image:url(https://i.example/x.png)"></div><object data="https://j.example/o"></object>
            <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></body></html>""");
        List<String> found = resourceUrls(doc).stream().filter(NoThirdPartyResourcesTest::isOtherHost).toList();
        assertEquals(13, found.size(), found.toString());
        assertFalse(found.stream().anyMatch(u -> u.contains("facebook")), "a plain link is navigation, not a resource");
    }

    static List<String> resourceUrls(Document doc) {
        List<String> urls = new ArrayList<>();
        for (Element el : doc.select("script[src], img[src], iframe[src], frame[src], embed[src], source[src], track[src], "
            + "video[src], audio[src], input[type=image][src]")) {
            urls.add(el.attr("src"));
        }
        for (Element el : doc.select("link[href]")) {
            String rel = el.attr("rel").toLowerCase();
            if (rel.matches(".*\\b(stylesheet|icon|preload|prefetch|modulepreload|manifest|apple-touch-icon|mask-icon)\\b.*")) {
                urls.add(el.attr("href"));
            }
        }
        for (Element el : doc.select("img[srcset], source[srcset]")) {
            for (String candidate : el.attr("srcset").split(",")) {
                urls.add(candidate.strip().split("\\s+")[0]);
            }
        }
        doc.select("video[poster]").forEach(el -> urls.add(el.attr("poster")));
        doc.select("object[data]").forEach(el -> urls.add(el.attr("data")));
        doc.select("image[href], image[xlink:href], use[href], use[xlink:href]").forEach(el ->
            urls.add(el.hasAttr("href") ? el.attr("href") : el.attr("xlink:href")));
        doc.select("style").forEach(el -> urls.addAll(cssUrls(el.data())));
        doc.select("[style]").forEach(el -> urls.addAll(cssUrls(el.attr("style"))));
        return urls;
    }

    static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        for (Pattern p : List.of(CSS_URL, CSS_IMPORT)) {
            Matcher m = p.matcher(css);
            while (m.find()) {
                urls.add(m.group(1).strip());
            }
        }
        return urls;
    }

    static boolean isOtherHost(String url) {
        String u = url.strip().toLowerCase();
        if (u.startsWith("//")) {
            u = "https:" + u;
        }
        if (!u.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return false; // relative or root-relative: same origin
        }
        if (u.startsWith("data:")) {
            return false;
        }
        try {
            return !HOST.equals(URI.create(u).getHost());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
