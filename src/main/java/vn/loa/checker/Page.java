package vn.loa.checker;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the checker needs from one parsed page. The jsoup document is dropped once this is built, so
 * only text and a few attributes stay in memory.
 *
 * @param blocks      text blocks in document order, headlines first
 * @param images      content images (chrome excluded)
 * @param hasSupportBox the page carries the site's support box ({@code .support-box}) with text
 * @param wholeText   all visible text of the page body including chrome and the support box (for G7),
 *                    built only when asked for: most pages never need it
 * @param pageSuppressions suppressions from {@code <meta name="loa-bo-qua">}
 * @param directives  every suppression directive found, for the report and for the "no reason" check
 * @param tags        the page's tags ({@code .tag-list} items, {@code keywords} and {@code article:tag} metas):
 *                    they may add to the topic score but never decide it alone
 */
record Page(List<TextBlock> blocks, List<ImageRef> images, Supplier<TextBlock> wholeText, boolean hasSupportBox,
            List<Suppression> pageSuppressions, List<Suppression> directives, List<String> tags) {

    /** One {@code <img>}: its alt attribute (null when missing) and whether it is marked decorative. */
    record ImageRef(String src, String alt, boolean decorative, List<Suppression> suppressions) {
    }
}
