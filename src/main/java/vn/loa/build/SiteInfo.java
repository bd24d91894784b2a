package vn.loa.build;

import org.jbake.app.configuration.JBakeConfiguration;

import java.net.URI;

/**
 * Who publishes the site and where it lives, from {@code jbake.properties}:
 * {@code site.host} (the public base URL, set once), {@code loa.site.name}, {@code loa.unit},
 * {@code loa.site.description}.
 *
 * @param baseUrl  absolute URL without trailing slash, e.g. https://binhdanggioi.songlam.gov.vn
 * @param basePath path part of baseUrl without trailing slash ("" at a domain root, "/loa" under a sub-path)
 */
public record SiteInfo(String name, String description, String unit, String baseUrl, String basePath,
                       String contact) {

    public static SiteInfo from(JBakeConfiguration config) {
        String host = stripSlash(text(config, "site.host", "http://127.0.0.1:8820"));
        String path = stripSlash(URI.create(host + "/").getPath());
        return new SiteInfo(
            text(config, "loa.site.name", "Bình đẳng giới"),
            text(config, "loa.site.description", "Thông tin về bình đẳng giới và phòng, chống bạo lực trên cơ sở giới."),
            text(config, "loa.unit", "Ủy ban nhân dân"),
            host,
            path,
            text(config, "loa.contact", ""));
    }

    /** Absolute URL of a site path such as /bai-viet/x/. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }

    /** Link target within the site, honouring a sub-path deployment. */
    public String link(String sitePath) {
        return basePath + sitePath;
    }

    private static String text(JBakeConfiguration config, String key, String fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        // commons-configuration splits on commas unless told otherwise; join them back.
        String s = value instanceof Iterable<?> it ? String.join(", ", toStrings(it)) : String.valueOf(value);
        return s.isBlank() ? fallback : s.strip();
    }

    private static Iterable<String> toStrings(Iterable<?> values) {
        java.util.List<String> out = new java.util.ArrayList<>();
        values.forEach(v -> out.add(String.valueOf(v)));
        return out;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
