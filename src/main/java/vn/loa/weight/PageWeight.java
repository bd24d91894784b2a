package vn.loa.weight;

/**
 * What one page costs a phone on first visit, gzip-compressed as a server sends it.
 *
 * @param page            path relative to the site root
 * @param htmlGzip        the HTML document
 * @param cssGzip         same-origin stylesheets it links (Loa inlines its CSS, so usually 0)
 * @param jsGzip          same-origin scripts it loads
 * @param criticalInFirst14k whether everything needed to render (inline CSS) sits in the first 14 KB of HTML
 */
public record PageWeight(String page, long htmlGzip, long cssGzip, long jsGzip, boolean criticalInFirst14k) {
    public static final long TOTAL_BUDGET = 30 * 1024;
    public static final long JS_BUDGET = 5 * 1024;

    public long total() {
        return htmlGzip + cssGzip + jsGzip;
    }

    public boolean withinBudget() {
        return total() <= TOTAL_BUDGET && jsGzip <= JS_BUDGET && criticalInFirst14k;
    }
}
