package vn.loa.browser;

import vn.loa.build.BuildOptions;
import vn.loa.build.SiteBuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's own demo site, baked once per test JVM into target/browser-site with a pinned
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
                bake(Path.of("").toAbsolutePath(), output);
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
