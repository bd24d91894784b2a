package vn.loa.preview;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Serves a baked site on 127.0.0.1 only (never on the network: a preview may contain drafts). Folders answer with
 * their index.html, unknown paths with 404.html and status 404. While the last rebuild failed, HTML pages carry a
 * banner saying so, so an officer looking at the browser knows.
 *
 * <p>Hardened because any web page the officer opens can make the browser talk to it: only requests whose
 * {@code Host} is {@code 127.0.0.1:port} or {@code localhost:port} are answered (a rebinding DNS name gets 421, so
 * a hostile page cannot read drafts), only GET and HEAD (405 otherwise), with the site's own Content-Security-Policy
 * and {@code nosniff}. One request per connection; a client gets {@link #REQUEST_MILLIS} to send its request head,
 * and a bounded pool of workers serves everyone else meanwhile, so slow clients cannot freeze the preview.
 */
public final class StaticSiteServer implements AutoCloseable {
    public static final int REQUEST_MILLIS = 5_000;
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final int WORKERS = 32;
    private static final int END_OF_HEAD = 0x0D0A0D0A; // "\r\n\r\n"

    private final ServerSocket socket;
    private final Path root;
    private final String basePath;
    private final Supplier<String> failureBanner;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;

    public StaticSiteServer(Path root, int port, String basePath, Supplier<String> failureBanner) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.failureBanner = failureBanner;
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.workers = new ThreadPoolExecutor(2, WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread t = new Thread(task, "loa-preview-http");
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "loa-preview-accept");
        acceptor.setDaemon(true);
    }

    public void start() {
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        workers.shutdownNow();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                continue; // closed, or one failed accept: the loop condition decides
            }
            try {
                workers.execute(() -> serve(client));
            } catch (RejectedExecutionException busy) {
                try (client) {
                    respond(client.getOutputStream(), 503, "text/plain; charset=utf-8",
                        "Bản xem trước đang bận, hãy tải lại trang.".getBytes(StandardCharsets.UTF_8), Map.of(), false);
                } catch (IOException ignored) {
                    // the client is gone
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(REQUEST_MILLIS);
            Request request = readHead(new BufferedInputStream(client.getInputStream(), 2048),
                System.currentTimeMillis() + REQUEST_MILLIS, client);
            OutputStream out = client.getOutputStream();
            if (request == null) {
                respond(out, 400, "text/plain; charset=utf-8", bytes("Yêu cầu không hợp lệ."), Map.of(), false);
                return;
            }
            if (!allowedHost(request.headers.get("host"))) {
                respond(out, 421, "text/plain; charset=utf-8",
                    bytes("Bản xem trước chỉ trả lời địa chỉ http://127.0.0.1:" + port() + "/ hoặc http://localhost:" + port() + "/."),
                    Map.of(), false);
                return;
            }
            boolean head = "HEAD".equals(request.method);
            if (!head && !"GET".equals(request.method)) {
                respond(out, 405, "text/plain; charset=utf-8", bytes("Bản xem trước chỉ nhận GET và HEAD."),
                    Map.of("Allow", "GET, HEAD"), false);
                return;
            }
            answer(request.path, out, head);
        } catch (SocketTimeoutException slow) {
            // the client took too long to send its request: dropped, the worker is free again
        } catch (IOException | RuntimeException e) {
            // one broken connection must not stop the preview
        }
    }

    private boolean allowedHost(String host) {
        return host != null && (host.equals("127.0.0.1:" + port()) || host.toLowerCase(Locale.ROOT).equals("localhost:" + port()));
    }

    private void answer(String rawPath, OutputStream out, boolean head) throws IOException {
        String path;
        try {
            path = URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            respond(out, 400, "text/plain; charset=utf-8", bytes("Đường dẫn không hợp lệ."), Map.of(), head);
            return;
        }
        if (!basePath.isEmpty() && path.startsWith(basePath)) {
            path = path.substring(basePath.length());
        }
        Path file = path.indexOf('\0') >= 0 ? null : resolve(path);
        int status = 200;
        if (file == null) {
            status = 404;
            file = root.resolve("404.html");
        }
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : bytes("404");
        String type = ContentTypes.of(file.getFileName().toString());
        String banner = failureBanner.get();
        if (banner != null && type.startsWith("text/html")) {
            body = withBanner(new String(body, StandardCharsets.UTF_8), banner).getBytes(StandardCharsets.UTF_8);
        }
        respond(out, status, type, body, SiteHeaders.of(root).forPath(path.startsWith("/") ? path : "/" + path), head);
    }

    private static void respond(OutputStream out, int status, String type, byte[] body, Map<String, String> extra,
                                boolean head) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", SiteHeaders.DEFAULT_CSP);
        headers.putAll(extra);
        headers.put("Content-Type", type);
        headers.put("Content-Length", Integer.toString(body.length));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.putIfAbsent("Cache-Control", "no-store");
        headers.put("Connection", "close");
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        text.append("\r\n");
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        if (!head) {
            out.write(body);
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 421 -> "Misdirected Request";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    /** A request's method, path (no query) and headers (lower-case names). */
    private record Request(String method, String path, Map<String, String> headers) {
    }

    /** Reads the request line and headers within the deadline; null when malformed or too large. */
    private static Request readHead(InputStream in, long deadline, Socket client) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != END_OF_HEAD) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new SocketTimeoutException("request head too slow");
            }
            client.setSoTimeout((int) left);
            int b = in.read();
            if (b < 0 || head.size() >= MAX_HEAD_BYTES) {
                return null;
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] first = lines[0].split(" ");
        if (first.length != 3 || !first[2].startsWith("HTTP/1.") || !first[1].startsWith("/")) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (headers.putIfAbsent(name, lines[i].substring(colon + 1).strip()) != null && name.equals("host")) {
                    return null; // two Host headers: refuse rather than guess which one counts
                }
            }
        }
        String target = first[1];
        int query = target.indexOf('?');
        return new Request(first[0], query < 0 ? target : target.substring(0, query), headers);
    }

    private Path resolve(String path) {
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        try {
            // never a file reached through a link out of the site
            return Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath()) ? file : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
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
