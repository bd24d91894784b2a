package vn.loa.checker;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.text.VietText;

/**
 * Named word lists from the rule files ({@code lexicon:} sections): topic terms, refutation cues,
 * speech verbs, honorifics, support-service phrases... All lists are matched through one index so a
 * block is scanned once; single-syllable lists are also available as key sets.
 */
final class Lexicon {
    private final Map<String, List<String>> lists;
    private final Map<String, Number> settings;
    private final PhraseIndex<String> index;
    private final Map<String, Set<String>> keySets = new LinkedHashMap<>();

    Lexicon(Map<String, List<String>> lists, Map<String, Number> settings) {
        this.lists = lists;
        this.settings = settings;
        this.index = new PhraseIndex<>(wordClasses());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            Set<String> keys = new HashSet<>();
            for (String phrase : e.getValue()) {
                index.add(phrase, e.getKey());
                keys.add(VietText.key(phrase));
            }
            keySets.put(e.getKey(), keys);
        }
    }

    /** The lists as word classes for phrases ({@code <name>} in a phrase is any entry of list {@code name}). */
    PhrasePattern.WordClasses wordClasses() {
        return lists::get;
    }

    PhraseIndex<String> index() {
        return index;
    }

    List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** Normalised keys of a list's entries, for one-token membership tests. */
    Set<String> keys(String name) {
        return keySets.getOrDefault(name, Collections.emptySet());
    }

    int setting(String name, int fallback) {
        Number n = settings.get(name);
        return n == null ? fallback : n.intValue();
    }
}
