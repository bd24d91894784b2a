package vn.loa.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Top-level addresses Loa makes itself, so that no officer's page may take them: a page with {@code slug=ho-tro}
 * would stand where the support numbers must be. Asset folders (css/, images/...) and content sections count too.
 */
final class GeneratedPages {
    private static final Map<String, String> RESERVED = Map.ofEntries(
        Map.entry("ho-tro", "trang số điện thoại hỗ trợ /ho-tro/"),
        Map.entry("lich", "lịch sự kiện /lich/"),
        Map.entry("chu-de", "trang chủ đề /chu-de/"),
        Map.entry("luu-tru", "trang lưu trữ /luu-tru/"),
        Map.entry("bai-viet", "danh sách bài viết /bai-viet/"),
        Map.entry("su-kien", "mục sự kiện /su-kien/"),
        Map.entry("infographic", "danh sách infographic /infographic/"),
        Map.entry("tim-kiem", "trang tìm kiếm /tim-kiem/ (dành sẵn)"),
        Map.entry("feed", "nguồn tin /feed.xml"),
        Map.entry("sitemap", "sơ đồ trang /sitemap.xml"),
        Map.entry("404", "trang báo không tìm thấy /404.html"));

    private GeneratedPages() {
    }

    /** What a page at {@code url} would clash with, or null. Only top-level pages (/slug/) can clash. */
    static String clash(String url, SiteContext site) {
        String[] parts = url.replaceAll("^/|/$", "").split("/");
        if (parts.length != 1) {
            return null;
        }
        String name = parts[0];
        if (RESERVED.containsKey(name)) {
            return RESERVED.get(name);
        }
        if (site.types().all().stream().anyMatch(t -> t.section().equals(name))) {
            return "mục /" + name + "/";
        }
        if (Files.isDirectory(site.assetsDir().resolve(name))) {
            return "thư mục assets/" + name + "/";
        }
        return null;
    }
}
