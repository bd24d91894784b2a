package vn.loa.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.util.Locale;
import java.util.Map;

/**
 * How long the search page works on a query apart from waiting for the network, on a phone-class CPU
 * (Chromium's DevTools {@code Emulation.setCPUThrottlingRate} 4×). The reader types the query into the
 * loaded page; the script fetches the manifest, then the term parts, then the page-table parts. The
 * browser's resource timings say when each round of downloads ended and the next began, and an observer
 * notes when the first result appeared: the work is the time between rounds plus the time from the last
 * download to the first result (parsing, ranking, drawing), never the download itself.
 *
 * @param workMillis  script work after the downloads (what must stay under 100 ms)
 * @param totalMillis from the first index request to the first result shown
 * @param files       index files fetched
 * @param detail      each round and gap, in ms
 */
record SearchTiming(double workMillis, double totalMillis, long files, String detail) {
    static final int CPU_SLOWDOWN = 4;

    private static final String ARM = """
        performance.clearResourceTimings();
        window.loaResultsAt = 0;
        new MutationObserver(function (changes, observer) {
          var list = document.querySelector('.search-results');
          if (list && list.children.length) { window.loaResultsAt = performance.now(); observer.disconnect(); }
        }).observe(document.body, {subtree: true, childList: true});
        """;

    private static final String ROUNDS = """
        var all = performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/tim-kiem/') >= 0; });
        var rounds = [/chi-muc\\.json/, /\\/t\\d+\\.json/, /\\/d\\d+\\.json/].map(function (re) {
          var r = all.filter(function (e) { return re.test(e.name); });
          return r.length ? {start: Math.min.apply(null, r.map(function (e) { return e.fetchStart; })),
                             end: Math.max.apply(null, r.map(function (e) { return e.responseEnd; }))} : null;
        }).filter(Boolean);
        var work = 0, detail = [];
        rounds.forEach(function (r, i) {
          var gap = (i + 1 < rounds.length ? rounds[i + 1].start : window.loaResultsAt) - r.end;
          work += gap;
          detail.push('download ' + (r.end - r.start).toFixed(1) + ' then work ' + gap.toFixed(1));
        });
        return {work: work, total: window.loaResultsAt - rounds[0].start, files: all.length, detail: detail.join(', ')};
        """;

    /** Opens the search page, then types {@code query} and measures the answer. */
    static SearchTiming measure(ChromeSession browser, String searchPage, String query) {
        browser.open(searchPage);
        browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", CPU_SLOWDOWN));
        try {
            browser.js(ARM);
            browser.driver().findElement(By.cssSelector("[data-loa-search] input[name=q]")).sendKeys(query + Keys.ENTER);
            SearchBrowserTest.awaitResults(browser);
            Map<String, Object> r = browser.js(ROUNDS);
            return new SearchTiming(((Number) r.get("work")).doubleValue(), ((Number) r.get("total")).doubleValue(),
                ((Number) r.get("files")).longValue(), (String) r.get("detail"));
        } finally {
            browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f ms of work after the downloads (%.1f ms from first request to first result, "
            + "%d index files; %s)", workMillis, totalMillis, files, detail);
    }
}
