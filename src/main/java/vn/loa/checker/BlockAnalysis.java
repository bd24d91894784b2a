package vn.loa.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A block plus where each lexicon list occurs in it (one scan per block, shared by all detectors). */
final class BlockAnalysis {
    private final TextBlock block;
    private final Map<String, List<PhraseIndex.Hit<String>>> byList = new HashMap<>();

    BlockAnalysis(TextBlock block, Lexicon lexicon) {
        this.block = block;
        for (PhraseIndex.Hit<String> h : lexicon.index().findAll(block)) {
            byList.computeIfAbsent(h.value(), k -> new ArrayList<>()).add(h);
        }
    }

    TextBlock block() {
        return block;
    }

    List<PhraseIndex.Hit<String>> hits(String list) {
        return byList.getOrDefault(list, List.of());
    }

    int count(String list) {
        return hits(list).size();
    }

    /** A hit of the list inside sentences {@code [from, to]}. */
    boolean inSentences(String list, int from, int to) {
        for (PhraseIndex.Hit<String> h : hits(list)) {
            int s = block.sentenceOf()[h.start()];
            if (s >= from && s <= to) {
                return true;
            }
        }
        return false;
    }

    /** A hit of the list ending at most {@code distance} tokens before {@code index}, same sentence. */
    boolean endsBefore(String list, int index, int distance) {
        int sentence = block.sentenceOf()[index];
        for (PhraseIndex.Hit<String> h : hits(list)) {
            if (h.end() <= index && index - h.end() <= distance && block.sentenceOf()[h.start()] == sentence) {
                return true;
            }
        }
        return false;
    }

    /** A hit of the list starting at most {@code distance} tokens after {@code index} (exclusive end), same sentence. */
    boolean startsAfter(String list, int end, int distance) {
        if (end >= block.tokens().size()) {
            return false;
        }
        int sentence = block.sentenceOf()[end - 1];
        for (PhraseIndex.Hit<String> h : hits(list)) {
            if (h.start() >= end && h.start() - end <= distance && block.sentenceOf()[h.start()] == sentence) {
                return true;
            }
        }
        return false;
    }

    /** Number of syllables in sentence {@code s}. */
    int sentenceLength(int s) {
        int n = 0;
        for (int v : block.sentenceOf()) {
            if (v == s) {
                n++;
            }
        }
        return n;
    }

    /** The hit of the list that starts exactly at {@code index}, or null. */
    PhraseIndex.Hit<String> startingAt(String list, int index) {
        PhraseIndex.Hit<String> best = null;
        for (PhraseIndex.Hit<String> h : hits(list)) {
            if (h.start() == index && (best == null || h.length() > best.length())) {
                best = h;
            }
        }
        return best;
    }
}
