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
}
