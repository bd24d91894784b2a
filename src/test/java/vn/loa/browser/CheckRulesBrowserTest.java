package vn.loa.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate's own rules, on fixture pages: the tap-target rule (tap-targets.js) must report exactly the
 * targets marked {@code data-expect="small"} (and not inline text links, hidden elements or the parked
 * skip link), and the console check must see a CSP violation.
 */
class CheckRulesBrowserTest {
    @RegisterExtension
    static final BrowserSession WEB = BrowserSession.withJavaScript();

    private static StaticSiteServer fixtures;
    private ChromeSession browser;

    @BeforeAll
    static void serveFixtures() throws Exception {
        Path dir = Path.of(CheckRulesBrowserTest.class.getResource("fixtures/tap-targets.html").toURI()).getParent();
        fixtures = StaticSiteServer.start(dir, 0);
    }

    @AfterAll
    static void stopFixtures() {
        if (fixtures != null) {
            fixtures.close();
        }
    }

    @BeforeEach
    void useTheClassBrowser() {
        browser = WEB.browser();
    }

    @Test
    void reportsExactlyTheTargetsMarkedSmall() {
        browser.open(fixtures.url("/tap-targets.html"));
        List<String> expected = browser.js("""
            return Array.from(document.querySelectorAll('[data-expect=small]')).map(function (el) {
              return el.getAttribute('href') || el.getAttribute('aria-label') || el.textContent.trim();
            });""");
        List<String> reported = PageChecks.smallTapTargets(browser);
        String all = String.join("\n  ", reported);
        assertEquals(expected.size(), reported.size(), "reported:\n  " + all + "\nexpected: " + expected);
        for (String key : expected) {
            assertTrue(reported.stream().anyMatch(r -> r.contains(key)), key + " not reported; reported:\n  " + all);
        }
    }

    @Test
    void consoleCheckSeesCspViolations() {
        browser.open(fixtures.url("/csp-violation.html"));
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("Content Security Policy")), "console errors: " + errors);
    }
}
