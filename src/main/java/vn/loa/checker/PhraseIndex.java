package vn.loa.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.text.Token;

/**
 * Patterns grouped by their first syllable, so a page is scanned once: each token costs one hash
 * look-up, and only the few patterns starting with that syllable are tried. Immutable once built.
 *
 * @param <T> what a pattern stands for (a rule, a cue word, ...)
 */
final class PhraseIndex<T> {

    /** A pattern match: the payload and the token range {@code [start, end)}. */
    record Hit<T>(T value, PhrasePattern pattern, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private record Entry<T>(PhrasePattern pattern, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    void add(String writtenPhrase, T value) {
        PhrasePattern p = PhrasePattern.compile(writtenPhrase);
        for (String first : p.firstKeys()) {
            byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(new Entry<>(p, value));
        }
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** Every match in token order (overlapping matches included). */
    List<Hit<T>> findAll(List<Token> tokens, int[] sentenceOf) {
        List<Hit<T>> hits = new ArrayList<>();
        List<Entry<T>> numberStarts = byFirst.get(PhrasePattern.NUMBER);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            collect(byFirst.get(t.key()), tokens, sentenceOf, i, hits);
            if (t.numeric()) {
                collect(numberStarts, tokens, sentenceOf, i, hits);
            }
        }
        return hits;
    }

    private void collect(List<Entry<T>> candidates, List<Token> tokens, int[] sentenceOf, int i, List<Hit<T>> hits) {
        if (candidates == null) {
            return;
        }
        for (Entry<T> e : candidates) {
            int end = e.pattern().matchAt(tokens, sentenceOf, i);
            if (end > i) {
                hits.add(new Hit<>(e.value(), e.pattern(), i, end));
            }
        }
    }
}
