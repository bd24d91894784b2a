package vn.loa.content;

import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Fits the headings an officer wrote into the page's outline. The page template owns the only h1 (the title),
 * so the body's top headings become h2, and a heading never sits more than one level below the one it follows
 * ("##" then "####" becomes h2 then h3): browsers, screen readers and the HTML checker all expect an outline
 * without gaps. Relative nesting is kept; nothing is renamed when the body already starts at h2 without gaps.
 */
final class HeadingLevels {
    private static final int TOP = 2;
    private static final int DEEPEST = 6;

    private HeadingLevels() {
    }

    static void fit(Element body) {
        // Each entry: {level as written, level given}, for the headings still open above the current one.
        Deque<int[]> open = new ArrayDeque<>();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            int written = heading.tagName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek()[0] >= written) {
                open.pop();
            }
            int given = open.isEmpty() ? TOP : Math.min(DEEPEST, open.peek()[1] + 1);
            open.push(new int[] {written, given});
            if (given != written) {
                heading.tagName("h" + given);
            }
        }
    }
}
