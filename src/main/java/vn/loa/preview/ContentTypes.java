package vn.loa.preview;

import java.util.Map;

/** Media types the preview server (and a real web server) should send; .ics must be text/calendar. */
public final class ContentTypes {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
        Map.entry("html", "text/html; charset=utf-8"),
        Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"),
        Map.entry("xml", "application/xml; charset=utf-8"),
        Map.entry("ics", "text/calendar; charset=utf-8"),
        Map.entry("txt", "text/plain; charset=utf-8"),
        Map.entry("json", "application/json; charset=utf-8"),
        Map.entry("svg", "image/svg+xml"),
        Map.entry("png", "image/png"),
        Map.entry("jpg", "image/jpeg"),
        Map.entry("jpeg", "image/jpeg"),
        Map.entry("webp", "image/webp"),
        Map.entry("ico", "image/x-icon"),
        Map.entry("pdf", "application/pdf"));

    private ContentTypes() {
    }

    public static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (fileName.endsWith("feed.xml")) {
            return "application/atom+xml; charset=utf-8";
        }
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }
}
