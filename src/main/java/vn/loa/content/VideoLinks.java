package vn.loa.content;

import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The click-to-load video block: a local poster image linked to a video on YouTube, Facebook, Vimeo or TikTok
 * (Markdown {@code [![Tiêu đề](/images/anh.jpg)](https://www.youtube.com/watch?v=…)}, AsciiDoc
 * {@code image::/images/anh.jpg[Tiêu đề, link="https://…"]}) is shown as a video card with a "watch on …" label.
 * It is a plain link: the page asks the platform for nothing until the reader taps it, and the tap sends no
 * referrer, so the platform is not told which page (perhaps one about violence at home) the reader came from.
 */
public final class VideoLinks {
    private static final Map<String, String> PLATFORMS = Map.of(
        "youtube.com", "YouTube", "youtu.be", "YouTube", "youtube-nocookie.com", "YouTube",
        "facebook.com", "Facebook", "fb.watch", "Facebook", "vimeo.com", "Vimeo", "tiktok.com", "TikTok");

    private VideoLinks() {
    }

    /** Marks every linked local image that points at a video platform as a video card. */
    public static void decorate(Element body) {
        for (Element link : body.select("a[href]:has(> img)")) {
            String platform = platform(link.attr("href"));
            if (platform == null) {
                continue;
            }
            link.addClass("video-link");
            link.attr("rel", "noopener noreferrer");
            link.appendElement("span").addClass("video-link-label").text("Xem video trên " + platform);
        }
    }

    /** The platform's name when {@code href} is a video on one, else null. */
    static String platform(String href) {
        try {
            String host = URI.create(href.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> p : PLATFORMS.entrySet()) {
                if (host.equals(p.getKey()) || host.endsWith("." + p.getKey())) {
                    return p.getValue();
                }
            }
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
