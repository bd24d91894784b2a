package vn.loa.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a phone downloads and how long it works for typical queries on a big site: run on demand against a
 * baked site, such as the benchmark corpus of 5,000 articles ({@code vn.loa.bench.CorpusGenerator}, baked
 * with {@code build --source}):
 * <pre>mvn test -Dtest=SearchCorpusMeasurement -Dloa.search.site=/path/to/baked/site</pre>
 * For each query: the index files fetched (manifest, term parts, page-table parts) in bytes on the wire
 * (gzip, as the test server and common hosts send JSON) and decoded, and the work after the downloads on
 * a CPU slowed 4× (the least of three runs).
 */
@EnabledIfSystemProperty(named = "loa.search.site", matches = ".+")
class SearchCorpusMeasurement {
    static final long INDEX_BUDGET = 100 * 1024;
    static final List<String> QUERIES = List.of("bao luc gia dinh", "binh dang gioi", "tao hon", "hoa giai",
        "phu nu dan toc thieu so", "ky nang song", "nha tam lanh", "duong day nong");

    @RegisterExtension
    static final BrowserSession WEB = BrowserSession.withJavaScript();

    private static StaticSiteServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = StaticSiteServer.start(Path.of(System.getProperty("loa.search.site")), 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void typicalQueriesStayWithinTheBudget() throws Exception {
        ChromeSession browser = WEB.browser();
        List<String> over = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-26s %8s %9s %6s %9s %8s%n", "query", "results", "wire B", "files", "decoded B", "work ms");
        for (String query : QUERIES) {
            List<SearchTiming> runs = new ArrayList<>();
            NetworkLog log = null;
            int results = 0;
            for (int run = 0; run < 3; run++) {
                runs.add(SearchTiming.measure(browser, server.url("/tim-kiem/"), query));
                results = SearchBrowserTest.awaitResults(browser).size();
                if (log == null) {
                    log = NetworkLog.capture(browser);
                }
            }
            List<NetworkLog.Resource> index = log.resources().stream()
                .filter(r -> r.url().contains("/tim-kiem/") && r.url().endsWith(".json")).toList();
            long wire = index.stream().mapToLong(NetworkLog.Resource::transferBytes).sum();
            long decoded = index.stream().mapToLong(NetworkLog.Resource::decodedBytes).sum();
            SearchTiming best = runs.stream().min(Comparator.comparingDouble(SearchTiming::workMillis)).orElseThrow();
            System.out.printf(Locale.ROOT, "%-26s %8d %9d %6d %9d %8.1f   (%s)%n", query, results, wire, index.size(), decoded,
                best.workMillis(), best.detail());
            if (wire > INDEX_BUDGET) {
                over.add(query + ": " + wire + " B on the wire");
            }
            if (best.workMillis() >= SearchBrowserTest.RESULTS_WITHIN_MS) {
                over.add(query + ": " + best);
            }
        }
        assertTrue(over.isEmpty(), String.join("\n", over));
    }
}
