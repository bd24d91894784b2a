package vn.loa.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * The kinds of page a citizen meets, each with one representative URL found in the baked site.
 * Where there are many (articles, tags, events, infographics) the heaviest page is taken: budgets
 * and layout are checked on the worst case.
 */
public enum PageType {
    HOME("home", site -> Optional.of("/")),
    ARTICLE("article", site -> heaviest(site, "bai-viet")),
    TAG("tag", site -> heaviest(site, "chu-de")),
    CALENDAR_AGENDA("calendar-agenda", site -> page(site, "/lich/")),
    CALENDAR_MONTH("calendar-month", PageType::monthView),
    EVENT("event", site -> heaviest(site, "su-kien")),
    INFOGRAPHIC("infographic", site -> heaviest(site, "infographic")),
    SUPPORT("support", site -> page(site, "/ho-tro/")),
    SEARCH("search", site -> page(site, "/tim-kiem/")),
    NOT_FOUND("not-found", site -> Optional.of("/khong-co-trang-nay/"));

    private static final Pattern MONTH = Pattern.compile("/lich/\\d{4}/\\d{2}/");

    private final String id;
    private final Function<Path, Optional<String>> finder;

    PageType(String id, Function<Path, Optional<String>> finder) {
        this.id = id;
        this.finder = finder;
    }

    /** Short name for screenshots and messages. */
    public String id() {
        return id;
    }

    public Optional<String> find(Path siteRoot) {
        return finder.apply(siteRoot);
    }

    /** The page's site path; a page type the baked site lacks (its feature not merged yet) skips the test. */
    public String pathIn(Path siteRoot) {
        return BakedSite.require(find(siteRoot), id + ": the baked demo site has no such page (feature not merged yet?)");
    }

    private static Optional<String> page(Path site, String sitePath) {
        return Files.isRegularFile(site.resolve(sitePath.substring(1)).resolve("index.html"))
            ? Optional.of(sitePath) : Optional.empty();
    }

    /** The largest {@code /<section>/<slug>/index.html}, ties broken by name so the choice is stable. */
    private static Optional<String> heaviest(Path site, String section) {
        Path dir = site.resolve(section);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children
                .filter(child -> Files.isRegularFile(child.resolve("index.html")))
                .max(Comparator.comparingLong((Path child) -> size(child.resolve("index.html")))
                    .thenComparing(child -> child.getFileName().toString(), Comparator.reverseOrder()))
                .map(child -> "/" + section + "/" + child.getFileName() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The month view of the pinned "today" (/lich/yyyy/MM/), else the first month the agenda links to. */
    private static Optional<String> monthView(Path site) {
        String current = "/lich/" + BakedSite.TODAY.substring(0, 4) + "/" + BakedSite.TODAY.substring(5, 7) + "/";
        if (page(site, current).isPresent()) {
            return Optional.of(current);
        }
        Path agenda = site.resolve("lich/index.html");
        if (!Files.isRegularFile(agenda)) {
            return Optional.empty();
        }
        try {
            Document doc = Jsoup.parse(agenda.toFile(), "UTF-8", "http://127.0.0.1/lich/");
            for (Element link : doc.select("main a[href]")) {
                String path = URI.create(link.absUrl("href")).getPath();
                if (path != null && MONTH.matcher(path).matches() && page(site, path).isPresent()) {
                    return Optional.of(path);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
