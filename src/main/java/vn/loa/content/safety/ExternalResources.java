package vn.loa.content.safety;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in a converted body would make a reader's browser ask another host for something before any
 * click: frames, media, objects, style sheets, scripts, responsive image sources, posters, CSS {@code url()} and
 * {@code @import}. A reader in danger at home must not have their visit told to a video platform or an ad
 * network, and a citizen on a cheap data plan must not pay for it. Plain links ({@code <a href>}) are fine:
 * they load nothing until the reader follows them. Image {@code src} is checked with the other image checks.
 */
public final class ExternalResources {
    /** Element, attribute: each names a resource the browser fetches by itself. */
    private static final String[][] FETCHED = {
        {"iframe", "src"}, {"frame", "src"}, {"embed", "src"}, {"object", "data"}, {"applet", "code"},
        {"video", "src"}, {"video", "poster"}, {"audio", "src"}, {"source", "src"}, {"source", "srcset"},
        {"track", "src"}, {"img", "srcset"}, {"link", "href"}, {"script", "src"}, {"input", "src"},
        {"image", "href"}, {"image", "xlink:href"}, {"use", "href"}, {"use", "xlink:href"}, {"feimage", "href"},
        {"body", "background"}, {"table", "background"}, {"td", "background"}, {"base", "href"},
    };
    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*['\"]?([^'\")\\s]+)|@import\\s+['\"]([^'\"]+)");
    private static final Pattern SCHEME = Pattern.compile("(?i)^\\s*([a-z][a-z0-9+.-]*):");

    /** One resource from another host: what holds it (for the message) and its address. */
    public record Found(String element, String url) {
    }

    private ExternalResources() {
    }

    /** @param siteBaseUrl the site's own address (site.host): resources there are the site's own */
    public static List<Found> in(String html, String siteBaseUrl) {
        List<Found> found = new ArrayList<>();
        scan(Jsoup.parseBodyFragment(html == null ? "" : html), siteBaseUrl, false, found);
        return found;
    }

    /** @param framed a frame's inline document, where even an image source is not seen by the image checks */
    private static void scan(Document doc, String siteBaseUrl, boolean framed, List<Found> found) {
        for (Element el : doc.getAllElements()) {
            String tag = el.normalName();
            for (String[] pair : FETCHED) {
                if (pair[0].equals(tag) && el.hasAttr(pair[1])) {
                    String value = el.attr(pair[1]);
                    for (String url : pair[1].equals("srcset") ? srcsetUrls(value) : List.of(value)) {
                        if (tag.equals("base") || isElsewhere(url, siteBaseUrl)) {
                            found.add(new Found("<" + tag + " " + pair[1] + ">", url));
                        }
                    }
                }
            }
            if (tag.equals("meta") && el.attr("http-equiv").equalsIgnoreCase("refresh")) {
                // Sends the reader to another address without a click.
                found.add(new Found("<meta http-equiv=refresh>", el.attr("content").replaceFirst("(?i)^\\s*\\d+\\s*;?\\s*(url=)?", "")));
            }
            if (framed && tag.equals("img") && isElsewhere(el.attr("src"), siteBaseUrl)) {
                found.add(new Found("<img src> trong srcdoc", el.attr("src")));
            }
            if (el.hasAttr("style")) {
                cssUrls(el.attr("style"), "style=\"…\"", siteBaseUrl, found);
            }
            if (tag.equals("style")) {
                cssUrls(el.data(), "<style>", siteBaseUrl, found);
            }
            if (el.hasAttr("srcdoc")) {
                scan(Jsoup.parseBodyFragment(el.attr("srcdoc")), siteBaseUrl, true, found);
            }
        }
    }

    private static void cssUrls(String css, String where, String siteBaseUrl, List<Found> found) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2);
            if (isElsewhere(url, siteBaseUrl)) {
                found.add(new Found(where + " url()", url));
            }
        }
    }

    private static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        for (String candidate : srcset.split(",")) {
            String url = candidate.strip().split("\\s+", 2)[0];
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        return urls;
    }

    /**
     * An address the browser would fetch from another host: absolute http(s), protocol-relative, or any other
     * scheme but {@code data:} (file:, ftp:, javascript:…). Addresses on the site's own host are its own.
     */
    public static boolean isElsewhere(String url, String siteBaseUrl) {
        String u = url.strip();
        if (u.startsWith("//") || u.startsWith("\\\\") || u.startsWith("/\\")) {
            return true;
        }
        Matcher scheme = SCHEME.matcher(u);
        if (!scheme.find()) {
            return false;
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("data")) {
            return false;
        }
        return siteBaseUrl == null || siteBaseUrl.isBlank() || !(u + "/").startsWith(siteBaseUrl + "/");
    }

    /** What an officer reads for each one found; the same wording in every place that finds one. */
    public static String message(Found found) {
        return "Nội dung " + found.element() + " tải \"" + found.url() + "\" từ máy chủ khác. Trang không được tải gì từ "
            + "nơi khác (để bảo vệ người đọc). Với video YouTube hoặc Facebook, hãy dùng khối video bấm để xem: một ảnh "
            + "đại diện lưu trong assets/images/ có liên kết tới video, ví dụ trong Markdown "
            + "[![Tiêu đề video](/images/anh-video.jpg)](https://www.youtube.com/watch?v=...) hoặc trong AsciiDoc "
            + "image::/images/anh-video.jpg[Tiêu đề video, link=\"https://www.youtube.com/watch?v=...\"] "
            + "(xem docs/huong-dan/video.md). Ảnh, âm thanh và tệp khác: lưu vào assets/ và dùng đường dẫn /images/…";
    }
}
