package vn.loa.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Layout checks that run inside the loaded page. */
public final class PageChecks {
    /** Smallest tap target side in CSS px (Loa's rule; WCAG 2.5.5 asks 44). */
    public static final int MIN_TARGET = 48;

    private static final String TAP_TARGETS = resource("tap-targets.js");

    private PageChecks() {
    }

    /** Targets smaller than {@link #MIN_TARGET}, described; see tap-targets.js for the exact rule. */
    public static List<String> smallTapTargets(ChromeSession browser) {
        return browser.js(TAP_TARGETS, MIN_TARGET);
    }

    /**
     * Null when the page fits the viewport's width; otherwise what is too wide. The page must never
     * scroll sideways: scrollWidth of the root may not exceed innerWidth.
     */
    public static String horizontalOverflow(ChromeSession browser) {
        Map<String, Object> r = browser.js("""
            var de = document.documentElement, w = window.innerWidth, wide = [];
            if (de.scrollWidth > w) {
              document.querySelectorAll('body *').forEach(function (el) {
                var b = el.getBoundingClientRect();
                if (b.right > w + 0.5 && b.width > 0 && wide.length < 8) {
                  wide.push(el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(b.right) + ' width=' + Math.round(b.width));
                }
              });
            }
            return {scrollWidth: de.scrollWidth, innerWidth: w, wide: wide.join('; ')};
            """);
        long scroll = ((Number) r.get("scrollWidth")).longValue();
        long inner = ((Number) r.get("innerWidth")).longValue();
        return scroll <= inner ? null
            : "scrollWidth " + scroll + " > innerWidth " + inner + "; too wide: " + r.get("wide");
    }

    static String resource(String name) {
        try (InputStream in = PageChecks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
