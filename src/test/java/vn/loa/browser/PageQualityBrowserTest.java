package vn.loa.browser;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of page, in a real Chromium at 360 px: no sideways scrolling, tap targets of 48 px,
 * no WCAG 2.1 A/AA violations found by axe-core, no console errors (CSP), and the transfer budgets of a cheap phone on a slow
 * network. A screenshot of each page is kept under target/screenshots/.
 */
class PageQualityBrowserTest {
    static final long PAGE_BUDGET = 30 * 1024;   // HTML + CSS + JS on the wire (gzip)
    static final long JS_BUDGET = 5 * 1024;      // the JS every page loads, uncompressed
    static final String SEARCH_SCRIPT = "/js/tim-kiem.js";
    static final long SEARCH_SCRIPT_BUDGET = 7 * 1024; // the search page's own script (/tim-kiem/, 404), uncompressed
    static final long IMAGE_BUDGET = 150 * 1024; // largest image on the wire

    @RegisterExtension
    static final BrowserSession WEB = BrowserSession.withJavaScript();

    private ChromeSession browser;

    private String open(PageType type) {
        browser = WEB.browser();
        String path = type.pathIn(WEB.site().root());
        WEB.open(path);
        return path;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageType.class)
    void fitsAPhoneScreenAndIsKeptAsAScreenshot(PageType type) throws Exception {
        String path = open(type);
        browser.screenshot(Path.of("target", "screenshots", type.id() + ".png"));
        assertNull(PageChecks.horizontalOverflow(browser), type.id() + " " + path + " scrolls sideways at 360 px");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageType.class)
    void tapTargetsAreAtLeast48Pixels(PageType type) {
        String path = open(type);
        List<String> small = PageChecks.smallTapTargets(browser);
        assertTrue(small.isEmpty(), type.id() + " " + path + ": tap targets under " + PageChecks.MIN_TARGET + " px:\n  "
            + String.join("\n  ", small));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageType.class)
    void axeFindsNoWcag21Violations(PageType type) {
        String path = open(type);
        List<String> violations = Axe.violations(browser);
        assertTrue(violations.isEmpty(), type.id() + " " + path + ": axe-core " + Axe.VERSION + " found "
            + violations.size() + " WCAG 2.1 A/AA violation(s):\n  " + String.join("\n  ", violations));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageType.class)
    void logsNoConsoleErrors(PageType type) {
        String path = open(type);
        // The 404 page's own status is the one error it is meant to have.
        List<String> errors = browser.consoleErrors().stream()
            .filter(e -> !(type == PageType.NOT_FOUND && e.contains(path) && e.contains("404")))
            .toList();
        assertEquals(List.of(), errors, type.id() + " " + path + ": console errors (CSP violations, failed loads, script errors)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PageType.class)
    void staysWithinTheBudgets(PageType type) throws Exception {
        String path = open(type);
        NetworkLog log = NetworkLog.capture(browser);
        String where = type.id() + " " + path + ":" + log.describe() + "\n";
        List<String> foreign = log.resources().stream()
            .filter(r -> !"127.0.0.1".equals(r.host())).map(NetworkLog.Resource::url).toList();
        assertEquals(List.of(), foreign, where + "requests to other hosts");
        long page = log.transferBytes("html", "css", "js");
        assertTrue(page <= PAGE_BUDGET, where + "HTML+CSS+JS is " + page + " B on the wire, budget " + PAGE_BUDGET);
        long search = log.resources().stream().filter(r -> r.url().endsWith(SEARCH_SCRIPT))
            .mapToLong(NetworkLog.Resource::decodedBytes).sum();
        long js = log.decodedBytes("js") - search;
        assertTrue(js <= JS_BUDGET, where + "JS is " + js + " B, budget " + JS_BUDGET);
        assertTrue(search <= SEARCH_SCRIPT_BUDGET, where + SEARCH_SCRIPT + " is " + search + " B, budget " + SEARCH_SCRIPT_BUDGET);
        long largestImage = log.resources().stream().filter(r -> r.category().equals("image"))
            .mapToLong(NetworkLog.Resource::transferBytes).max().orElse(0);
        assertTrue(largestImage <= IMAGE_BUDGET, where + "largest image is " + largestImage + " B, budget " + IMAGE_BUDGET);
        System.out.printf("budget %-16s html+css+js %6d B gzip, js %5d B, largest image %6d B, %d requests%n",
            type.id(), page, js, largestImage, log.resources().size());
    }
}
