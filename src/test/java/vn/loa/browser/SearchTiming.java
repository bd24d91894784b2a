package vn.loa.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

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
 * @param rendererCpuMillis CPU time the page's renderer processes used from Enter to the first result, read from
 *                    the operating system: unlike the wall times, it does not grow when other processes share the
 *                    CPU, and the throttling adds none (it suspends the page). Times {@link #CPU_SLOWDOWN}, it bounds
 *                    the work on a phone that slow.
 * @param detail      each round and gap, in ms
 */
record SearchTiming(double workMillis, double totalMillis, long files, double rendererCpuMillis, String detail) {
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
        return measure(browser, searchPage, query, CPU_SLOWDOWN);
    }

    static SearchTiming measure(ChromeSession browser, String searchPage, String query, int slowdown) {
        browser.open(searchPage);
        browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", slowdown));
        try {
            browser.js(ARM);
            WebElement box = browser.driver().findElement(By.cssSelector("[data-loa-search] input[name=q]"));
            box.sendKeys(query);
            long cpuBefore = rendererCpuNanos(browser);
            box.sendKeys(Keys.ENTER);
            SearchBrowserTest.awaitResults(browser);
            double cpu = (rendererCpuNanos(browser) - cpuBefore) / 1e6;
            Map<String, Object> r = browser.js(ROUNDS);
            return new SearchTiming(((Number) r.get("work")).doubleValue(), ((Number) r.get("total")).doubleValue(),
                ((Number) r.get("files")).longValue(), cpu, (String) r.get("detail"));
        } finally {
            browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        }
    }

    /** CPU time of the browser's page renderers, from the operating system (Linux). */
    static long rendererCpuNanos(ChromeSession browser) {
        Object pid = browser.driver().getCapabilities().getCapability("goog:processID");
        return ProcessHandle.of(((Number) pid).longValue()).stream()
            .flatMap(ProcessHandle::descendants)
            .filter(p -> isPageRenderer(p.pid()))
            .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
            .sum();
    }

    /** Chromium rewrites its children's command lines, which ProcessHandle then misreads: read them from /proc. */
    private static boolean isPageRenderer(long pid) {
        try {
            String command = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(pid), "cmdline"));
            return command.contains("--type=renderer") && !command.contains("--top-chrome-webui");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false; // gone, or not Linux
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f ms of work after the downloads (%.1f ms from first request to first result, "
            + "%d index files; %s; renderer CPU %.1f ms)", workMillis, totalMillis, files, detail, rendererCpuMillis);
    }
}
