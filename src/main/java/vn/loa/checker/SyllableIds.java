package vn.loa.checker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small int ids for the syllable keys that rule and lexicon phrases use, so matching compares ints
 * where it used to hash and compare strings at every token and every pattern slot. Phrases register
 * their keys when compiled; page text only looks keys up, so the table holds the rules' vocabulary
 * and never grows with the pages checked. Process-wide, because phrase indexes are built in many
 * places (rules, lexicon, each rule's exceptions), and safe from any thread.
 */
final class SyllableIds {
    /** The id of a key no phrase uses; no registered key has it, so it matches nothing. */
    static final int UNKNOWN = -1;

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private SyllableIds() {
    }

    /** The key's id, given it a new one when first seen. */
    static int register(String key) {
        return IDS.computeIfAbsent(key, k -> NEXT.getAndIncrement());
    }

    /** How many ids were handed out so far: every id below it belongs to a key already registered. */
    static int count() {
        return NEXT.get();
    }

    /** The key's id, or {@link #UNKNOWN} when no phrase compiled so far uses it. */
    static int lookup(String key) {
        Integer id = IDS.get(key);
        return id == null ? UNKNOWN : id;
    }
}
