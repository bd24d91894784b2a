package vn.loa.search;

import vn.loa.text.Slugs;
import vn.loa.text.SyllableTokenizer;
import vn.loa.text.VietText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Search terms: the syllables of a text as a reader types them on a phone without a Vietnamese keyboard.
 * A term is the syllable's {@linkplain vn.loa.text.VietText#syllableKey key} (both tone placements and
 * the i/y spellings already meet there) without its tone, then folded to ASCII as {@link Slugs} does
 * for URLs (ă, â to a; đ to d): "Đình" → "dinh", "hoà" and "hòa" → "hoa", "sỹ" → "si".
 *
 * <p>The page script {@code assets/js/tim-kiem.js} folds the reader's query the same way; the browser
 * test types queries in each spelling and expects the same pages.
 */
public final class SearchTerms {
    /** The suffix characters {@link vn.loa.text.VietText} appends for the five marked tones. */
    private static final String TONE_SUFFIXES = "`'?~.";
    /** Longer runs are codes, addresses or run-together text, not words anyone types. */
    static final int MAX_TERM_LENGTH = 24;
    /** Past this many distinct keys the memo is cleared (a site's vocabulary is a few thousand). */
    private static final int MEMO_LIMIT = 200_000;

    /** Syllable key to its terms: folding costs a Unicode decomposition, done once per distinct syllable. */
    private static final Map<String, String[]> FOLDED = new ConcurrentHashMap<>();

    private SearchTerms() {
    }

    /** Per thread: the bake indexes pages on every core. */
    private static final ThreadLocal<SpanMemo> SPANS = ThreadLocal.withInitial(SpanMemo::new);

    /** Hands every term of {@code text} to {@code sink}, in text order, repeats included. */
    public static void forEach(String text, Consumer<String> sink) {
        SpanMemo memo = SPANS.get();
        SyllableTokenizer.forEachSpan(text, (start, end, numeric) -> {
            for (String term : memo.terms(text, start, end)) {
                sink.accept(term);
            }
        });
    }

    /**
     * Syllables as written to their terms. Most syllables of a page were met before, so looking up the
     * characters where they stand costs less than making the syllable's key (a new string) every time.
     */
    private static final class SpanMemo {
        private static final int MAX_SIZE = 1 << 16;
        private String[] spans = new String[1 << 12];
        private String[][] terms = new String[spans.length][];
        private int size;

        String[] terms(String text, int start, int end) {
            int length = end - start;
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int mask = spans.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (spans[slot] != null) {
                String span = spans[slot];
                if (span.length() == length && span.regionMatches(0, text, start, length)) {
                    return terms[slot];
                }
                slot = (slot + 1) & mask;
            }
            String[] found = termsOfKey(VietText.syllableKey(text, start, end));
            if (size >= MAX_SIZE) {
                clear();
                return found;
            }
            spans[slot] = text.substring(start, end);
            terms[slot] = found;
            if (++size * 2 > spans.length) {
                grow();
            }
            return found;
        }

        private void clear() {
            java.util.Arrays.fill(spans, null);
            java.util.Arrays.fill(terms, null);
            size = 0;
        }

        private void grow() {
            String[] oldSpans = spans;
            String[][] oldTerms = terms;
            spans = new String[oldSpans.length * 2];
            terms = new String[spans.length][];
            int mask = spans.length - 1;
            for (int i = 0; i < oldSpans.length; i++) {
                if (oldSpans[i] != null) {
                    int hash = oldSpans[i].hashCode();
                    int slot = (hash ^ (hash >>> 16)) & mask;
                    while (spans[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    spans[slot] = oldSpans[i];
                    terms[slot] = oldTerms[i];
                }
            }
        }
    }

    /** The terms of {@code text} in order, repeats included. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        forEach(text, terms::add);
        return terms;
    }

    /** Usually one term; none for a syllable of no Latin letter or digit, more when other letters split it. */
    static String[] termsOfKey(String key) {
        String[] known = FOLDED.get(key);
        if (known != null) {
            return known;
        }
        String[] terms = fold(key);
        if (FOLDED.size() > MEMO_LIMIT) {
            FOLDED.clear();
        }
        FOLDED.put(key, terms);
        return terms;
    }

    private static String[] fold(String key) {
        String toneless = !key.isEmpty() && TONE_SUFFIXES.indexOf(key.charAt(key.length() - 1)) >= 0
            ? key.substring(0, key.length() - 1) : key;
        String slug = Slugs.of(toneless);
        if (slug.isEmpty()) {
            return new String[0];
        }
        return java.util.Arrays.stream(slug.split("-"))
            .filter(term -> term.length() <= MAX_TERM_LENGTH)
            .toArray(String[]::new);
    }
}
