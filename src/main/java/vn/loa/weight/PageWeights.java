package vn.loa.weight;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Measures every HTML page of a baked site: HTML, linked same-origin CSS and JS, gzip at the usual server level. */
public final class PageWeights {
    private static final int FIRST_ROUND_TRIP = 14 * 1024;

    private final Path site;
    private final Map<String, Long> assetCache = new HashMap<>();

    public PageWeights(Path site) {
        this.site = site;
    }

    public List<PageWeight> measureAll() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().map(this::measure).toList();
        }
    }

    public PageWeight measure(Path page) {
        try {
            byte[] html = Files.readAllBytes(page);
            Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
            long css = 0;
            for (Element link : doc.select("link[rel=stylesheet][href]")) {
                css += asset(link.attr("href"));
            }
            long js = 0;
            for (Element script : doc.select("script[src]")) {
                js += asset(script.attr("src"));
            }
            return new PageWeight(site.relativize(page).toString().replace('\\', '/'), gzipSize(html), css, js,
                criticalFirst(new String(html, StandardCharsets.UTF_8), doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inline CSS must end within the first 14 KB, and no stylesheet may block rendering on another request. */
    private static boolean criticalFirst(String html, Document doc) {
        int styleEnd = html.indexOf("</style>");
        int bytesBefore = styleEnd < 0 ? 0 : html.substring(0, styleEnd).getBytes(StandardCharsets.UTF_8).length;
        return bytesBefore <= FIRST_ROUND_TRIP && doc.select("link[rel=stylesheet]").isEmpty();
    }

    private long asset(String href) throws IOException {
        if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("//")) {
            return 0; // not ours to weigh: the checks elsewhere forbid such links anyway
        }
        String path = href.replaceFirst("^/+", "").replaceFirst("[?#].*$", "");
        Long cached = assetCache.get(path);
        if (cached == null) {
            Path file = site.resolve(path);
            cached = Files.isRegularFile(file) ? gzipSize(Files.readAllBytes(file)) : 0L;
            assetCache.put(path, cached);
        }
        return cached;
    }

    static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gz.write(bytes);
        }
        return out.size();
    }
}
