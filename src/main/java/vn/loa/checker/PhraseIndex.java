package vn.loa.checker;

import java.util.ArrayList;
import java.util.List;
import vn.loa.text.Token;

/**
 * Patterns grouped by their first syllable, so a page is scanned once: each token costs one array
 * read (patterns are filed by syllable id), and only the few patterns starting with that syllable
 * are tried. Immutable once built.
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

    /**
     * A pattern filed under one first id. {@code seconds}: the ids its second token may have (see
     * {@link PhrasePattern#secondIds}), or null to always try it.
     */
    private record Entry<T>(PhrasePattern pattern, T value, int[] seconds) {

        /** False when the token after {@code i} rules a match out. */
        boolean mayMatchAt(KeyedTokens text, int i) {
            if (seconds == null) {
                return true;
            }
            int next = i + 1;
            if (next >= text.size() || text.sentenceOf()[next] != text.sentenceOf()[i]) {
                return false;
            }
            int id = text.ids()[next];
            for (int s : seconds) {
                if (s == id || (s == PhrasePattern.NUMBER_ID && text.numeric(next))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Entries by the syllable id a match starts with; null where no pattern starts. */
    private final List<List<Entry<T>>> byFirst = new ArrayList<>();
    /** The largest syllable id any pattern here uses. */
    private int maxId = -1;
    private final PhrasePattern.WordClasses classes;

    PhraseIndex() {
        this(PhrasePattern.WordClasses.NONE);
    }

    /** An index whose phrases may name word classes ({@code <victim_conduct>}) resolved by {@code classes}. */
    PhraseIndex(PhrasePattern.WordClasses classes) {
        this.classes = classes;
    }

    void add(String writtenPhrase, T value) {
        PhrasePattern p = PhrasePattern.compile(writtenPhrase, classes);
        maxId = Math.max(maxId, p.maxId());
        for (int first : p.firstIds()) {
            while (byFirst.size() <= first) {
                byFirst.add(null);
            }
            if (byFirst.get(first) == null) {
                byFirst.set(first, new ArrayList<>());
            }
            // A number-start entry is also tried on numbers that have ids of their own, so it is
            // always run: its second word depends on which choice takes the number.
            int[] seconds = first == PhrasePattern.NUMBER_ID ? null : p.secondIds(first);
            byFirst.get(first).add(new Entry<>(p, value, seconds));
        }
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** Every match in the block, in token order (overlapping matches included). */
    List<Hit<T>> findAll(TextBlock block) {
        KeyedTokens text = block.keyed();
        if (!text.covers(maxId)) {
            text = KeyedTokens.of(block.tokens(), block.sentenceOf()); // block made before these phrases
        }
        return findAll(text);
    }

    /** As {@link #findAll(TextBlock)}, for tokens not held in a block. */
    List<Hit<T>> findAll(List<Token> tokens, int[] sentenceOf) {
        return findAll(KeyedTokens.of(tokens, sentenceOf));
    }

    private List<Hit<T>> findAll(KeyedTokens text) {
        List<Hit<T>> hits = new ArrayList<>();
        List<Entry<T>> numberStarts = startingWith(PhrasePattern.NUMBER_ID);
        int[] ids = text.ids();
        for (int i = 0; i < ids.length; i++) {
            collect(startingWith(ids[i]), text, i, hits);
            if (numberStarts != null && text.numeric(i)) {
                collect(numberStarts, text, i, hits);
            }
        }
        return hits;
    }

    private List<Entry<T>> startingWith(int id) {
        return id >= 0 && id < byFirst.size() ? byFirst.get(id) : null;
    }

    private void collect(List<Entry<T>> candidates, KeyedTokens text, int i, List<Hit<T>> hits) {
        if (candidates == null) {
            return;
        }
        for (Entry<T> e : candidates) {
            if (!e.mayMatchAt(text, i)) {
                continue;
            }
            int end = e.pattern().matchAt(text, i);
            if (end > i) {
                hits.add(new Hit<>(e.value(), e.pattern(), i, end));
            }
        }
    }
}
