package vn.loa.browser;

import vn.loa.build.BuildOptions;
import vn.loa.build.SiteBuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fixture site ({@link vn.loa.build.TestSites#demoSite}), baked once per test JVM into target/browser-site with a pinned
 * "today" (so the calendar and campaign notices look the same on every run), and served on 127.0.0.1
 * for as long as the JVM lives.
 */
public final class BakedSite {
    /** The day the calendar treats as today in browser tests (the calendar reads {@code loa.today}). */
    public static final String TODAY = "2026-11-20";

    private static BakedSite instance;

    private final Path root;
    private final StaticSiteServer server;

    private BakedSite(Path root, StaticSiteServer server) {
        this.root = root;
        this.server = server;
    }

    /** Bakes (first call only) and serves the demo site. */
    public static synchronized BakedSite get() {
        if (instance == null) {
            try {
                Path output = Path.of("target", "browser-site").toAbsolutePath();
                bake(vn.loa.build.TestSites.demoSite(Files.createTempDirectory("loa-browser-site")), output);
                StaticSiteServer server = StaticSiteServer.start(output, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
                instance = new BakedSite(output, server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    static void bake(Path source, Path output) throws IOException {
        String previous = System.getProperty("loa.today");
        System.setProperty("loa.today", TODAY);
        try {
            SiteBuild.standard(BuildOptions.of(source, output).withChecker(false)).run();
        } finally {
            if (previous == null) {
                System.clearProperty("loa.today");
            } else {
                System.setProperty("loa.today", previous);
            }
        }
        if (!Files.isRegularFile(output.resolve("index.html"))) {
            throw new IllegalStateException("the bake wrote no index.html into " + output);
        }
    }

    /**
     * What a check needs (a browser, a page type, a control). Missing, the check is skipped with a printed
     * reason (a feature may not be merged yet). With {@code -Dloa.browser.requireAll=true} (CI, once every
     * feature is merged) it fails instead.
     */
    public static <T> T require(Optional<T> thing, String what) {
        if (thing.isEmpty()) {
            String message = "SKIPPED " + what;
            System.out.println(message);
            if (Boolean.getBoolean("loa.browser.requireAll")) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        return thing.get();
    }

    /** The first page (preferred paths first, then all pages in path order) whose HTML contains {@code needle}. */
    public Optional<String> pageContaining(String needle, String... preferred) {
        List<String> paths = new ArrayList<>(List.of(preferred));
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.getFileName().toString().equals("index.html"))
                .map(f -> "/" + root.relativize(f.getParent()).toString().replace('\\', '/') + "/")
                .map(p -> p.equals("//") ? "/" : p)
                .sorted()
                .forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String path : paths) {
            Path file = root.resolve(path.substring(1)).resolve("index.html");
            try {
                if (Files.isRegularFile(file) && Files.readString(file).contains(needle)) {
                    return Optional.of(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    public StaticSiteServer server() {
        return server;
    }

    public String url(String sitePath) {
        return server.url(sitePath);
    }
}
