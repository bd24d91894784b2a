package vn.loa.sharing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's demo site baked once for all sharing and support tests (a bake takes seconds;
 * the tests only read its output).
 */
public final class BakedDemo {
    public static final String BASE_URL = "https://binhdanggioi.songlam.gov.vn";
    private static Path output;

    private BakedDemo() {
    }

    public static synchronized Path output() {
        if (output == null) {
            try {
                Path dir = Files.createTempDirectory("loa-sharing-demo");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                Path site = TestSites.demoSite(dir.resolve("site"));
                Path out = dir.resolve("public");
                TestSites.bake(site, out);
                output = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }

    /**
     * Every page a reader browses to. Print views (an infographic's A4/A5 sheets, marked {@code print-view}
     * and noindex) are left out: they are alternates of their page, with its canonical URL, its own QR code
     * and no share controls, and have tests of their own.
     */
    public static List<Path> htmlPages() {
        return allHtml().stream().filter(p -> !parse(p).body().hasClass("print-view")).toList();
    }

    /** Every HTML file, print views included (for scans that apply to anything served). */
    public static List<Path> allHtml() {
        try (Stream<Path> walk = Files.walk(output())) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "/bai-viet/x/" for bai-viet/x/index.html, "/404.html" for 404.html. */
    public static String urlOf(Path page) {
        String relative = output().relativize(page).toString().replace('\\', '/');
        return "/" + (relative.endsWith("index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative);
    }

    public static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document page(String url) {
        return parse(output().resolve(url.substring(1) + (url.endsWith("/") ? "index.html" : "")));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
