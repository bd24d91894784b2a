package vn.loa.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quick exit and share controls, as a person uses them: with JavaScript (the exit replaces the history
 * entry, so Back never returns to the sensitive page; copy-link copies) and without it (plain links
 * that still work, no dead buttons).
 */
class SharingBrowserTest {
    private static final String EXIT = "[data-quick-exit]";
    private static final String JS_ONLY_SHARE = "[data-share], [data-copy-link]";

    @RegisterExtension
    static final BrowserSession WITH_JS = BrowserSession.withJavaScript();
    @RegisterExtension
    static final BrowserSession WITHOUT_JS = BrowserSession.withoutJavaScript();

    private BakedSite site;
    private ChromeSession withJs;
    private ChromeSession withoutJs;

    @BeforeEach
    void useTheClassBrowsers() {
        site = WITH_JS.site();
        withJs = WITH_JS.browser();
        withoutJs = WITHOUT_JS.browser();
    }

    private String sensitivePage() {
        return BakedSite.require(site.pageContaining("data-quick-exit", "/ho-tro/"), "quick exit: no page has a "
            + EXIT + " control (feature not merged yet?)");
    }

    private String sharePage() {
        String article = PageType.ARTICLE.pathIn(site.root());
        return BakedSite.require(site.pageContaining("data-copy-link", article), "share controls: no page has them (feature not merged yet?)");
    }

    /** The real exit target leaves the site; the test points the control at a local page it can reach. */
    private String openSensitivePageAfterHome(ChromeSession browser) {
        String sensitive = sensitivePage();
        browser.open(site.url("/"));
        browser.open(site.url(sensitive));
        WebElement exit = browser.driver().findElement(By.cssSelector(EXIT));
        URI target = URI.create(exit.getAttribute("href"));
        assertNotEquals("127.0.0.1", target.getHost(), "the quick exit should lead off the site, to " + target);
        assertTrue(exit.isDisplayed(), "quick exit visible");
        browser.js("arguments[0].href = arguments[1];", exit, site.url("/bai-viet/"));
        return sensitive;
    }

    private void assertLeftWithoutHistory(ChromeSession browser, long historyBefore) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(d -> d.getCurrentUrl().equals(site.url("/bai-viet/")));
        assertEquals(historyBefore, ((Number) browser.js("return history.length")).longValue(),
            "quick exit must replace the history entry, not add one");
        browser.driver().navigate().back();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(d -> !d.getCurrentUrl().equals(site.url("/bai-viet/")));
        assertEquals(site.url("/"), browser.driver().getCurrentUrl(),
            "Back after quick exit must skip the sensitive page");
    }

    @Test
    void quickExitLinkReplacesTheHistoryEntry() {
        openSensitivePageAfterHome(withJs);
        long history = ((Number) withJs.js("return history.length")).longValue();
        withJs.driver().findElement(By.cssSelector(EXIT)).click();
        assertLeftWithoutHistory(withJs, history);
    }

    @Test
    void threeShiftPressesLeaveTheSameWay() {
        openSensitivePageAfterHome(withJs);
        long history = ((Number) withJs.js("return history.length")).longValue();
        Actions keys = new Actions(withJs.driver());
        for (int i = 0; i < 3; i++) {
            keys.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        }
        keys.perform();
        assertLeftWithoutHistory(withJs, history);
    }

    @Test
    void quickExitIsAPlainWorkingLinkWithoutJavaScript() {
        String sensitive = sensitivePage();
        withoutJs.open(site.url(sensitive));
        WebElement exit = withoutJs.driver().findElement(By.cssSelector(EXIT));
        assertTrue(exit.isDisplayed(), "quick exit visible without JS");
        assertTrue(exit.getAttribute("href").startsWith("https://"), "a plain https link: " + exit.getAttribute("href"));
        assertTrue(String.valueOf(exit.getAttribute("rel")).contains("noreferrer"), "no referrer to the exit site");
    }

    @Test
    void shareLinksWorkWithoutJavaScriptAndButtonsStayHidden() {
        String page = sharePage();
        withoutJs.open(site.url(page));
        String canonical = withoutJs.driver().findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        String encoded = URLEncoder.encode(canonical, StandardCharsets.UTF_8);
        List<WebElement> links = withoutJs.driver().findElements(By.cssSelector(".share a[href]"));
        assertFalse(links.isEmpty(), page + ": no plain share links");
        for (WebElement link : links) {
            assertTrue(link.isDisplayed(), link.getText() + " visible");
            String href = link.getAttribute("href");
            assertTrue(href.startsWith("https://") && (href.contains(encoded) || href.contains(canonical)),
                link.getText() + " should share " + canonical + ": " + href);
        }
        for (WebElement button : withoutJs.driver().findElements(By.cssSelector(JS_ONLY_SHARE))) {
            assertFalse(button.isDisplayed(), "a button that needs JS shows without JS: " + button.getText());
        }
    }

    @Test
    void copyLinkButtonCopiesTheCanonicalAddress() {
        String page = sharePage();
        withJs.open(site.url(page));
        withJs.cdp("Browser.grantPermissions", Map.of("origin", site.server().origin(),
            "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement copy = withJs.driver().findElement(By.cssSelector("[data-copy-link]"));
        assertTrue(copy.isDisplayed(), "copy-link button shown when JS and the clipboard are there");
        String address = copy.getAttribute("data-copy-link");
        copy.click();
        String status = new WebDriverWait(withJs.driver(), Duration.ofSeconds(10))
            .until(d -> {
                String text = d.findElement(By.cssSelector(".share-status")).getText();
                return text.isBlank() ? null : text;
            });
        assertTrue(status.contains("sao chép"), "visible confirmation: " + status);
        String copied = withJs.jsAsync("var done = arguments[arguments.length - 1];"
            + "navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });");
        assertEquals(address, copied, "clipboard content");
    }
}
