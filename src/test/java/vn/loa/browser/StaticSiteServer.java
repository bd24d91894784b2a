package vn.loa.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.loa.preview.ContentTypes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a baked site folder on 127.0.0.1 the way a plain static host would: {@code /x/} answers
 * {@code /x/index.html}, {@code /x} redirects to {@code /x/}, unknown paths answer 404 with the site's
 * {@code 404.html}, text is gzipped when the client accepts it (so transfer sizes mean what a phone
 * downloads), and every file has the content type the preview server uses.
 *
 * <p>Unlike the preview server ({@code loa serve}) it gzips, so budgets are measured as a real host
 * sends them, and it never shows drafts. {@code scripts/lighthouse.sh} runs it as a main.
 */
public final class StaticSiteServer implements AutoCloseable {
    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;

    private StaticSiteServer(Path root, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-site-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /** Starts serving {@code root}; port 0 picks a free port. */
    public static StaticSiteServer start(Path root, int port) throws IOException {
        StaticSiteServer s = new StaticSiteServer(root, port);
        s.server.start();
        return s;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Absolute URL of a site path such as {@code /lich/}. */
    public String url(String sitePath) {
        return origin() + sitePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Path file = resolve(path);
            if (file != null && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (file == null || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                    : "404".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, "text/html; charset=utf-8", body);
                return;
            }
            send(exchange, 200, ContentTypes.of(file.getFileName().toString()), Files.readAllBytes(file));
        } finally {
            exchange.close();
        }
    }

    /** The file for a URL path, or null when the path tries to leave the site folder. */
    private Path resolve(String urlPath) {
        Path candidate = root.resolve(urlPath.replaceFirst("^/+", "")).normalize();
        return candidate.startsWith(root) ? candidate : null;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        byte[] payload = body;
        String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (isText(type) && body.length > 0 && accepts != null && accepts.contains("gzip")) {
            payload = gzip(body);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || payload.length == 0 ? -1 : payload.length);
        if (!head && payload.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(payload);
            }
        }
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.contains("xml") || type.contains("json") || type.contains("javascript");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(body);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** {@code java -cp target/test-classes vn.loa.browser.StaticSiteServer SITE_DIR [PORT]}: serves until stopped. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: StaticSiteServer SITE_DIR [PORT]");
            System.exit(2);
        }
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        StaticSiteServer s = start(Path.of(args[0]), port);
        System.out.println("serving " + s.root + " at " + s.origin() + "/");
        System.out.flush();
        Thread.currentThread().join();
    }
}
