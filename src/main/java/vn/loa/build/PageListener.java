package vn.loa.build;

import java.nio.file.Path;

/** Sees every HTML page as it is written (the checker reads pages here, without reading them back from disk). */
@FunctionalInterface
public interface PageListener {
    /**
     * @param pagePath path relative to the site root ("bai-viet/x/index.html")
     * @param source   the content file the page came from, or null for generated pages (home, tags...)
     */
    void onPage(String pagePath, String html, Path source);

    /** A page rendered this bake from inputs with the given digest. */
    default void onRenderedPage(String pagePath, String digest, String html, Path source) {
        onPage(pagePath, html, source);
    }

    /**
     * A page taken unchanged from the previous bake (its inputs had the same digest). By default it is
     * read back and treated like a rendered page; a listener that remembers results may skip that.
     */
    default void onReusedPage(String pagePath, String digest, java.util.function.Supplier<String> html, Path source) {
        onPage(pagePath, html.get(), source);
    }
}
