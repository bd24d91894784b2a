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
    private final Path previous;
    private final RenderMemo memo;
    private final Fingerprints fingerprints;
    private final EarlyFiles early;
    private final Folders folders = new Folders();
    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param previous     the last good output, from which unchanged pages are reused (may not exist)
     * @param memo         digests of what the last good output was made from
     * @param fingerprints digests of this bake's inputs
     * @param early        files made ahead of the render (stopped before this output is used)
     */
    public SiteOutput(Path root, LoaRenderer renderer, Map<String, Object> siteVariables, PageListener listener,
                      BuildProblems problems, Path previous, RenderMemo memo, Fingerprints fingerprints, EarlyFiles early) {
        this.root = root;
        this.renderer = renderer;
        this.siteVariables = siteVariables;
        this.listener = listener;
        this.problems = problems;
        this.previous = previous;
        this.memo = memo;
        this.fingerprints = fingerprints;
        this.early = early;
    }

    /** Pages rendered by templates this bake, and pages (or files) reused unchanged from the last one. */
    public int renderedCount() {
        return rendered.get();
    }

    public int reusedCount() {
        return reused.get();
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
        String path = pathOf(url);
        String digest = fingerprints.ofPage(url, template, variables);
        if (reuse(path, digest)) {
            if (path.endsWith(".html")) {
                if (lastModified != null) {
                    htmlPages.put(url, lastModified);
                }
                if (listener != null) {
                    listener.onReusedPage(path, digest, () -> readText(root.resolve(path)), source);
                }
            }
            return;
        }
        Map<String, Object> model = new HashMap<>(siteVariables);
        model.putAll(variables);
        model.put("pageUrl", url);
        String html;
        try {
            html = renderer.renderToString(template, model);
        } catch (LoaRenderer.TemplateFailure e) {
            problems.error(Overrides.file(problems.siteRoot().resolve("templates"), Overrides.templates(problems.siteRoot()), e.template()), e.line(),
                "Mẫu trang lỗi khi dựng " + url + (source == null ? "" : " (từ " + BuildProblem.relative(problems.siteRoot(), source) + ")")
                    + ". Người quản trị kỹ thuật cần sửa mẫu; chi tiết: " + e.getMessage());
            return;
        }
        write(path, html.getBytes(StandardCharsets.UTF_8), url);
        memo.record(path, digest);
        rendered.incrementAndGet();
        if (path.endsWith(".html")) {
            if (lastModified != null) {
                htmlPages.put(url, lastModified);
            }
            if (listener != null) {
                listener.onRenderedPage(path, digest, html, source);
            }
        }
    }

    public void text(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8), path);
    }

    public void bytes(String path, byte[] content) {
        write(path, content, path);
    }

    /**
     * A generated file (share card, chart image...) made only when its inputs changed since the last
     * good bake; otherwise the previous file is reused. {@code digest} must cover every input
     * (use {@link Fingerprints#of}).
     */
    public void file(String path, String digest, java.util.function.Supplier<byte[]> content) {
        if (early.claim(path, digest) && written.putIfAbsent(path, "early") == null) {
            memo.record(path, digest);
            return;
        }
        if (reuse(path, digest)) {
            return;
        }
        write(path, content.get(), path);
        memo.record(path, digest);
    }

    /** Deletes files made early that no render asked for; called once everything is rendered. */
    public void sweepEarlyFiles() {
        early.sweep(written);
    }

    /** True when the previous bake's file at {@code path} was made from inputs with this digest. */
    static boolean reusable(Path previous, RenderMemo memo, String path, String digest) {
        return previous != null && memo.unchanged(path, digest) && Files.isRegularFile(previous.resolve(path));
    }

    /** Links the previous bake's file into this one when its inputs are unchanged. */
    private boolean reuse(String path, String digest) {
        if (!reusable(previous, memo, path, digest)) {
            return false;
        }
        Path old = previous.resolve(path);
        if (written.putIfAbsent(path, "reused") != null) {
            return false; // a duplicate path: let write() report it
        }
        try {
            Path target = root.resolve(path);
            folders.ensure(target.getParent());
            try {
                Files.createLink(target, old);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(old, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            written.remove(path);
            return false;
        }
        memo.record(path, digest);
        reused.incrementAndGet();
        return true;
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        Path target = root.resolve(path);
        try {
            FaultPoints.reach(FaultPoints.WRITE, target);
            folders.ensure(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw IoFailures.writing(target, e);
        }
    }
}
