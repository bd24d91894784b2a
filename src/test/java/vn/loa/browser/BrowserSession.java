package vn.loa.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One browser for all the tests of a class: {@code @RegisterExtension static final BrowserSession web =
 * BrowserSession.withJavaScript();}. Where Chromium is missing each test is skipped with a printed
 * reason; the demo site is baked on first use of {@link #site()}.
 */
public final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private final boolean javascript;
    private ChromeSession browser;

    private BrowserSession(boolean javascript) {
        this.javascript = javascript;
    }

    public static BrowserSession withJavaScript() {
        return new BrowserSession(true);
    }

    public static BrowserSession withoutJavaScript() {
        return new BrowserSession(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (ChromeSession.browserInstalled()) {
            browser = ChromeSession.start(javascript);
        }
    }

    /** Each test, not the class, is skipped: Surefire then counts them as skipped rather than not there. */
    @Override
    public void beforeEach(ExtensionContext context) {
        ChromeSession.assumeBrowserInstalled();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    public ChromeSession browser() {
        return browser;
    }

    public BakedSite site() {
        return BakedSite.get();
    }

    /** Opens a site path such as {@code /lich/} in this browser. */
    public void open(String sitePath) {
        browser.open(site().url(sitePath));
    }
}
