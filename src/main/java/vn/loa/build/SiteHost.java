package vn.loa.build;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code site.host} in jbake.properties: the public address every canonical URL, feed, sitemap, share link
 * and printed QR code carries. Checked before anything is baked, because a wrong one is printed on posters:
 * it must be an absolute {@code https://} address (plain {@code http} only for 127.0.0.1 or localhost),
 * optionally with a sub-path (a GitHub Pages project site), never JBake's own default.
 */
public final class SiteHost {
    public static final String KEY = "site.host";
    static final String FILE = "jbake.properties";
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*site\\.host\\s*[=:\\s].*|^\\s*site\\.host\\s*$");
    private static final Set<String> LOCAL = Set.of("127.0.0.1", "localhost");
    /** JBake's default.properties fills a missing site.host with this. */
    private static final Set<String> NOT_A_SITE = Set.of("www.jbake.org", "jbake.org", "example.com", "www.example.com",
        "example.org", "www.example.org");
    private static final String EXAMPLE = "site.host=https://binhdanggioi.tinh-cua-ban.gov.vn";

    private SiteHost() {
    }

    /** Reports a missing or unusable site.host with the line of jbake.properties; nothing when it is good. */
    public static void check(Path source, BuildProblems problems) {
        Path file = source.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.error(file, 0, "Thiếu tệp " + FILE + ". Tệp này ghi tên trang và địa chỉ công khai của trang (" + EXAMPLE
                + "); hãy chép từ kho Loa hoặc chạy: java -jar target/loa.jar khoi-tao");
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            problems.error(file, 0, "Không đọc được tệp " + FILE + ": " + e.getMessage());
            return;
        }
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (KEY_LINE.matcher(lines.get(i)).matches()) {
                line = i + 1; // a repeated key: the last one wins, as when the file is read
            }
        }
        String value = value(String.join("\n", lines));
        String fault = line == 0 ? "Thiếu dòng site.host (địa chỉ công khai của trang). Mọi đường dẫn chia sẻ, nguồn tin, "
            + "sơ đồ trang và mã QR in ra đều dùng địa chỉ này. Hãy thêm dòng " + EXAMPLE + "."
            : fault(value);
        if (fault != null) {
            problems.error(file, line, fault);
        }
    }

    /** What is wrong with a site.host value, in Vietnamese, or null when it is a usable public address. */
    public static String fault(String value) {
        String v = value == null ? "" : value.strip();
        String fix = " Hãy viết địa chỉ công khai của trang, bắt đầu bằng https://, ví dụ " + EXAMPLE + ".";
        if (v.isEmpty()) {
            return "Dòng site.host còn trống." + fix;
        }
        if (!v.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            return "Địa chỉ \"" + v + "\" thiếu phần https:// ở đầu." + fix;
        }
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            return "Địa chỉ \"" + v + "\" viết chưa đúng (có dấu cách hoặc ký tự không dùng được trong địa chỉ web)." + fix;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null) {
            return "Địa chỉ \"" + v + "\" không có tên miền dùng được." + fix;
        }
        if (NOT_A_SITE.contains(host)) {
            return "Địa chỉ \"" + v + "\" là địa chỉ mẫu, không phải địa chỉ trang của tỉnh." + fix;
        }
        if (scheme.equals("http") && !LOCAL.contains(host)) {
            return "Địa chỉ \"" + v + "\" dùng http://, không an toàn: trình duyệt sẽ cảnh báo người đọc và người khác có "
                + "thể xem trộm trang họ đọc. Hãy dùng https:// (chỉ được dùng http:// với 127.0.0.1 khi thử trên máy).";
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "Địa chỉ \"" + v + "\" không phải địa chỉ trang web." + fix;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || path.contains("//")
            || path.matches(".*/[^/]*\\.[^/]*/?") || v.contains("?") || v.contains("#")) {
            return "Địa chỉ \"" + v + "\" trỏ tới một trang hoặc tệp, không phải gốc của trang web. Hãy chỉ ghi tên miền "
                + "(và thư mục, nếu trang đặt trong một thư mục), ví dụ " + EXAMPLE + " hoặc https://ten.github.io/kho-loa.";
        }
        return null;
    }

    private static String value(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return properties.getProperty(KEY);
    }
}
