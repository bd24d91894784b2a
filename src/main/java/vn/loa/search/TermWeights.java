package vn.loa.search;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a term occurs in one page, packed in the five bits the index stores per page: {@link #TITLE},
 * {@link #SUMMARY} (summary or a tag), and in the low three bits how often it occurs in the text,
 * in doubling steps (0 none, 1 once, 2 twice, 3 up to 4 times ... 7 more than 32 times). The page
 * script ranks title and summary matches above any number of matches in the text.
 */
final class TermWeights {
    static final int TITLE = 16;
    static final int SUMMARY = 8;
    static final int MAX = 31;

    private TermWeights() {
    }

    /** One page's terms (each once) and their weights, in matching arrays. */
    record Page(String[] terms, byte[] weights) {
    }

    /** The body's terms with their count steps, plus the title, summary and tag flags. */
    static Page of(SearchEntry entry) {
        BodyTerms body = BodyTerms.of(entry.html());
        Map<String, Integer> flags = new HashMap<>();
        SearchTerms.forEach(entry.title(), term -> flags.merge(term, TITLE, (a, b) -> a | b));
        SearchTerms.forEach(entry.summary(), term -> flags.merge(term, SUMMARY, (a, b) -> a | b));
        for (String tag : entry.tags()) {
            SearchTerms.forEach(tag, term -> flags.merge(term, SUMMARY, (a, b) -> a | b));
        }
        String[] terms = java.util.Arrays.copyOf(body.terms, body.terms.length + flags.size());
        byte[] weights = java.util.Arrays.copyOf(body.steps, terms.length);
        int n = body.terms.length;
        for (int i = 0; i < body.terms.length; i++) {
            Integer flag = flags.remove(body.terms[i]);
            if (flag != null) {
                weights[i] |= flag;
            }
        }
        for (Map.Entry<String, Integer> only : flags.entrySet()) {
            terms[n] = only.getKey();
            weights[n++] = only.getValue().byteValue();
        }
        return new Page(java.util.Arrays.copyOf(terms, n), java.util.Arrays.copyOf(weights, n));
    }

    /** 1 → 1, 2 → 2, 3–4 → 3, 5–8 → 4, 9–16 → 5, 17–32 → 6, more → 7. */
    static int countStep(int count) {
        if (count <= 0) {
            return 0;
        }
        int step = 1 + (32 - Integer.numberOfLeadingZeros(count - 1));
        return Math.min(step, 7);
    }
}
