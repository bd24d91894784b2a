package vn.loa.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Variables every page template gets: the site, navigation, the inline stylesheet and its CSP hash. */
public final class TemplateVariables {
    /** Critical CSS is inlined so the first 14 KB of HTML render alone; the CSP allows it by hash. */
    static final String STYLESHEET = "css/loa.css";

    private TemplateVariables() {
    }

    public static Map<String, Object> siteWide(SiteModel site) {
        SiteInfo info = site.info();
        Map<String, Object> vars = new LinkedHashMap<>();
        Map<String, Object> siteMap = new LinkedHashMap<>();
        siteMap.put("name", info.name());
        siteMap.put("description", info.description());
        siteMap.put("unit", info.unit());
        siteMap.put("baseUrl", info.baseUrl());
        siteMap.put("basePath", info.basePath());
        siteMap.put("contact", info.contact());
        // The same line with its phone numbers and e-mail addresses as tel:/mailto: links (already escaped).
        siteMap.put("contactHtml", vn.loa.support.ContactLinks.html(info.contact()));
        vars.put("site", siteMap);
        vars.put("base", info.basePath());
        vars.put("nav", navigation());
        vars.put("siteData", site.data());
        String css = inlineStylesheet(site.context());
        vars.put("inlineCss", css);
        vars.put("styleHash", "'sha256-" + sha256Base64(css) + "'");
        vars.putAll(site.globals());
        return vars;
    }

    static List<Map<String, String>> navigation() {
        return List.of(
            link("Trang chủ", "/"),
            link("Bài viết", "/bai-viet/"),
            link("Lịch", "/lich/"),
            link("Infographic", "/infographic/"),
            link("Hỗ trợ", "/ho-tro/"));
    }

    private static Map<String, String> link(String label, String url) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("url", url);
        return m;
    }

    /** The site stylesheet every page carries inline in its head. */
    static String inlineStylesheet(SiteContext context) {
        return readStylesheet(context.assetsDir().resolve(STYLESHEET));
    }

    private static String readStylesheet(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Digest of every file in a folder (templates): a template edit must re-render every page. */
    static String folderDigest(Path dir) {
        StringBuilder all = new StringBuilder();
        if (Files.isDirectory(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    all.append(dir.relativize(f)).append('=').append(sha256Base64(Files.readString(f, StandardCharsets.UTF_8))).append('\n');
                }
            } catch (IOException e) {
                all.append("unreadable:").append(System.nanoTime());
            }
        }
        return sha256Base64(all.toString());
    }

    static String sha256Base64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
