package vn.loa.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium driven through Debian's chromedriver, emulating a 360×740 phone.
 * Never a browser or driver that a tool downloads: the paths are fixed (override with the system
 * properties {@code loa.chromium} and {@code loa.chromedriver}). Where they are missing the browser
 * tests are skipped, loudly, through a JUnit assumption.
 */
public final class ChromeSession implements AutoCloseable {
    public static final int WIDTH = 360;
    public static final int HEIGHT = 740;
    static final Path CHROMIUM = Path.of(System.getProperty("loa.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("loa.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private ChromeSession(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    public static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Aborts the calling test (reported as skipped, with the reason printed) when there is no browser;
     * with {@code -Dloa.browser.requireAll=true} (CI) a missing browser fails the test instead.
     */
    public static void assumeBrowserInstalled() {
        if (!browserInstalled()) {
            String missing = Files.isExecutable(CHROMIUM) ? CHROMEDRIVER.toString() : CHROMIUM.toString();
            BakedSite.require(Optional.empty(), "browser tests: " + missing + " is not installed "
                + "(apt-get install chromium chromium-driver)");
        }
    }

    /** Starts a browser; {@code javascript=false} gives a profile where page scripts never run. */
    public static ChromeSession start(boolean javascript) throws IOException {
        assumeBrowserInstalled();
        // Selenium logs a warning per session about CDP versions it has no Java bindings for; we use raw CDP.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path profile = Files.createTempDirectory("loa-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT,
            "--lang=vi-VN");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        ChromeSession session = new ChromeSession(driver, service, profile);
        session.cdp("Emulation.setDeviceMetricsOverride",
            Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
        session.cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        session.cdp("Network.enable", Map.of());
        session.cdp("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        return session;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Loads a page and forgets the network log of earlier pages. */
    public void open(String url) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(url);
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    public <T> T jsAsync(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    public Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** The raw DevTools events (JSON strings) since the last {@link #open} or call to this method. */
    public List<String> drainNetworkEvents() {
        List<String> events = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            events.add(entry.getMessage());
        }
        return events;
    }

    /** Console messages at error level (CSP violations, failed loads, script errors) since the last {@link #open}. */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** A PNG of the whole page (beyond the viewport), as a phone of {@link #WIDTH} px shows it. */
    public void screenshot(Path file) throws IOException {
        Number height = js("return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0))");
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of(
            "format", "png",
            "captureBeyondViewport", true,
            "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", Math.min(height.intValue(), 16000), "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless.
        }
    }
}
