package vn.loa.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a bake writes: the staging folder. Pages are rendered to text first and written only when
 * complete; two outputs claiming one path stop the build; every HTML page is shown to the
 * {@link PageListener} (the checker) as it is written.
 */
public final class SiteOutput {
    private final Path root;
    private final LoaRenderer renderer;
    private final Map<String, Object> siteVariables;
    private final PageListener listener;
    private final BuildProblems problems;
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final Map<String, String> htmlPages = new ConcurrentHashMap<>();

    public SiteOutput(Path root, LoaRenderer renderer, Map<String, Object> siteVariables,
                      PageListener listener, BuildProblems problems) {
        this.root = root;
        this.renderer = renderer;
        this.siteVariables = siteVariables;
        this.listener = listener;
        this.problems = problems;
    }

    public Path root() {
        return root;
    }

    /**
     * Renders {@code template} into the page at {@code url} ("/bai-viet/x/" or "/404.html").
     *
     * @param lastModified ISO date for the sitemap, or null to leave the page out of it
     * @param source       content file behind the page, or null
     */
    public void page(String url, String template, Map<String, Object> variables, String lastModified, Path source) {
        Map<String, Object> model = new HashMap<>(siteVariables);
        model.putAll(variables);
        model.put("pageUrl", url);
        String html;
        try {
            html = renderer.renderToString(template, model);
        } catch (LoaRenderer.TemplateFailure e) {
            problems.error(problems.siteRoot().resolve("templates").resolve(e.template()), e.line(),
                "Mẫu trang lỗi khi dựng " + url + (source == null ? "" : " (từ " + BuildProblem.relative(problems.siteRoot(), source) + ")")
                    + ". Người quản trị kỹ thuật cần sửa mẫu; chi tiết: " + e.getMessage());
            return;
        }
        String path = pathOf(url);
        write(path, html.getBytes(StandardCharsets.UTF_8), url);
        if (path.endsWith(".html")) {
            if (lastModified != null) {
                htmlPages.put(url, lastModified);
            }
            if (listener != null) {
                listener.onPage(path, html, source);
            }
        }
    }

    public void text(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8), path);
    }

    public void bytes(String path, byte[] content) {
        write(path, content, path);
    }

    /** Pages for the sitemap: URL to last-modified date, in URL order. */
    public List<Map.Entry<String, String>> sitemapEntries() {
        List<Map.Entry<String, String>> entries = new ArrayList<>(htmlPages.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        return entries;
    }

    /** "/" -> index.html, "/a/b/" -> a/b/index.html, "/feed.xml" -> feed.xml. */
    public static String pathOf(String url) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private void write(String path, byte[] content, String what) {
        String earlier = written.putIfAbsent(path, what);
        if (earlier != null) {
            problems.error(problems.siteRoot(), 0, "Hai trang cùng được ghi vào " + path + " (" + earlier + " và " + what
                + "). Hãy đổi đường dẫn (slug) của một trong hai.");
            return;
        }
        try {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
