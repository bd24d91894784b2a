package vn.loa.browser;

import org.openqa.selenium.json.Json;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one page load fetched, read from Chromium's own DevTools network events (the performance log):
 * every request with its transfer size (bytes on the wire, gzip included) and decoded size.
 */
public final class NetworkLog {
    /** One request. {@code category} is html, css, js, image, font or other. */
    public record Resource(String url, String host, String category, long transferBytes, long decodedBytes,
                           boolean finished, String error) {
    }

    private static final Json JSON = new Json();

    private final Map<String, Builder> byId = new LinkedHashMap<>();

    private static final class Builder {
        String url;
        String type = "";
        String mime = "";
        long transfer;
        long decoded;
        boolean finished;
        String error;
    }

    /** Collects the events of the current page until every request has finished or failed. */
    public static NetworkLog capture(ChromeSession browser) throws InterruptedException {
        NetworkLog log = new NetworkLog();
        log.add(browser.drainNetworkEvents());
        // Events arrive a moment after the load event; wait (boundedly) for open requests to settle.
        for (int i = 0; i < 20 && (log.byId.isEmpty() || log.pending() > 0); i++) {
            Thread.sleep(50);
            log.add(browser.drainNetworkEvents());
        }
        return log;
    }

    @SuppressWarnings("unchecked")
    void add(List<String> events) {
        for (String raw : events) {
            Map<String, Object> envelope = JSON.toType(raw, Map.class);
            Map<String, Object> message = (Map<String, Object>) envelope.get("message");
            String method = (String) message.get("method");
            if (method == null || !method.startsWith("Network.")) {
                continue;
            }
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            Object id = params.get("requestId");
            if (id == null) {
                continue;
            }
            Builder b = byId.computeIfAbsent(String.valueOf(id), k -> new Builder());
            switch (method) {
                case "Network.requestWillBeSent" -> {
                    b.url = (String) ((Map<String, Object>) params.get("request")).get("url");
                    b.type = String.valueOf(params.getOrDefault("type", ""));
                }
                case "Network.responseReceived" -> {
                    Map<String, Object> response = (Map<String, Object>) params.get("response");
                    b.mime = String.valueOf(response.getOrDefault("mimeType", ""));
                    b.type = String.valueOf(params.getOrDefault("type", b.type));
                    if (b.url == null) {
                        b.url = (String) response.get("url");
                    }
                }
                case "Network.dataReceived" -> b.decoded += ((Number) params.get("dataLength")).longValue();
                case "Network.loadingFinished" -> {
                    b.transfer = ((Number) params.get("encodedDataLength")).longValue();
                    b.finished = true;
                }
                case "Network.loadingFailed" -> {
                    b.error = String.valueOf(params.get("errorText"));
                    b.finished = true;
                }
                default -> {
                }
            }
        }
    }

    private long pending() {
        return byId.values().stream().filter(b -> !b.finished && isNetwork(b.url)).count();
    }

    public List<Resource> resources() {
        List<Resource> out = new ArrayList<>();
        for (Builder b : byId.values()) {
            if (b.url == null || !isNetwork(b.url)) {
                continue;
            }
            out.add(new Resource(b.url, URI.create(b.url).getHost(), category(b.type, b.mime), b.transfer, b.decoded,
                b.finished, b.error));
        }
        return out;
    }

    public long transferBytes(String... categories) {
        List<String> wanted = List.of(categories);
        return resources().stream().filter(r -> wanted.contains(r.category())).mapToLong(Resource::transferBytes).sum();
    }

    public long decodedBytes(String category) {
        return resources().stream().filter(r -> r.category().equals(category)).mapToLong(Resource::decodedBytes).sum();
    }

    /** data: and blob: URLs cost no request. */
    private static boolean isNetwork(String url) {
        return url != null && (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("ws"));
    }

    private static String category(String type, String mime) {
        if (mime.startsWith("image/") || type.equals("Image")) {
            return "image";
        }
        return switch (type) {
            case "Document" -> "html";
            case "Stylesheet" -> "css";
            case "Script" -> "js";
            case "Font" -> "font";
            default -> mime.contains("javascript") ? "js" : mime.equals("text/css") ? "css" : "other";
        };
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Resource r : resources()) {
            sb.append(String.format("%n      %-6s %7d B on the wire %8d B decoded  %s%s", r.category(), r.transferBytes(),
                r.decodedBytes(), r.url(), r.error() == null ? "" : "  FAILED " + r.error()));
        }
        return sb.toString();
    }
}
