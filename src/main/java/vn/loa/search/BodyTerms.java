package vn.loa.search;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The terms of a page's body with their {@linkplain TermWeights#countStep count steps}, kept for the
 * process: the preview rebuilds the index on every change, and tokenising 5,000 unchanged bodies again
 * would cost more than the rest of the rebuild's search work. Keyed by the body itself (the preview's
 * parse cache hands back the same string, whose hash Java keeps), forgotten in one go past a size.
 */
final class BodyTerms {
    private static final long MAX_CHARS = 64L * 1024 * 1024;
    private static final Map<String, BodyTerms> KNOWN = new ConcurrentHashMap<>();
    private static final AtomicLong CHARS = new AtomicLong();

    final String[] terms;
    final byte[] steps;

    private BodyTerms(String[] terms, byte[] steps) {
        this.terms = terms;
        this.steps = steps;
    }

    static BodyTerms of(String html) {
        BodyTerms known = KNOWN.get(html);
        if (known != null) {
            return known;
        }
        BodyTerms counted = count(HtmlText.of(html));
        if (CHARS.addAndGet(html.length()) > MAX_CHARS) {
            KNOWN.clear();
            CHARS.set(html.length());
        }
        KNOWN.put(html, counted);
        return counted;
    }

    private static BodyTerms count(String text) {
        Map<String, int[]> counts = new HashMap<>();
        SearchTerms.forEach(text, term -> counts.computeIfAbsent(term, t -> new int[1])[0]++);
        String[] terms = new String[counts.size()];
        byte[] steps = new byte[counts.size()];
        int i = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            terms[i] = e.getKey();
            steps[i++] = (byte) TermWeights.countStep(e.getValue()[0]);
        }
        return new BodyTerms(terms, steps);
    }
}
