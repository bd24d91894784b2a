package vn.loa.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves a baked site on 127.0.0.1 only (never on the network: a preview may contain drafts).
 * Folders answer with their index.html, unknown paths with 404.html and status 404. While the last
 * rebuild failed, HTML pages carry a banner saying so, so an officer looking at the browser knows.
 */
public final class StaticSiteServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final String basePath;
    private final Supplier<String> failureBanner;

    public StaticSiteServer(Path root, int port, String basePath, Supplier<String> failureBanner) throws IOException {
        this.root = root;
        this.basePath = basePath;
        this.failureBanner = failureBanner;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (!basePath.isEmpty() && path.startsWith(basePath)) {
                path = path.substring(basePath.length());
            }
            Path file = resolve(path);
            int status = 200;
            if (file == null) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "404".getBytes(StandardCharsets.UTF_8);
            String type = ContentTypes.of(file.getFileName().toString());
            String banner = failureBanner.get();
            if (banner != null && type.startsWith("text/html")) {
                body = withBanner(new String(body, StandardCharsets.UTF_8), banner).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private Path resolve(String path) {
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static String withBanner(String html, String banner) {
        String escaped = banner.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String block = "<div role=\"alert\" class=\"notice\"><strong>Lần dựng gần nhất bị lỗi, trang bạn thấy là bản cũ.</strong>"
            + "<pre>" + escaped + "</pre></div>";
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? block + html : html.substring(0, end + 1) + block + html.substring(end + 1);
    }
}
