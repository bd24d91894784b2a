package vn.loa.checker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All rules and word lists, compiled once and shared read-only by every page check. */
final class RuleSet {
    private final Map<String, CompiledRule> byId = new LinkedHashMap<>();
    private final PhraseIndex<CompiledRule> phraseIndex;
    private final Lexicon lexicon;

    RuleSet(List<Rule> rules, Lexicon lexicon) {
        this.lexicon = lexicon;
        this.phraseIndex = new PhraseIndex<>(lexicon.wordClasses());
        for (Rule r : rules) {
            try {
                add(r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Tệp quy tắc " + r.file() + ": quy tắc " + r.id() + ": " + e.getMessage(), e);
            }
        }
    }

    private void add(Rule r) {
        CompiledRule c = new CompiledRule(r, lexicon.wordClasses());
        if (byId.putIfAbsent(r.id(), c) != null) {
            throw new IllegalArgumentException("mã quy tắc bị trùng");
        }
        for (String phrase : r.phrases()) {
            phraseIndex.add(phrase, c);
        }
    }

    PhraseIndex<CompiledRule> phraseIndex() {
        return phraseIndex;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The rule with this id, or null when the rule files do not define it (its detector then stays silent). */
    Rule rule(String id) {
        CompiledRule c = byId.get(id);
        return c == null ? null : c.rule();
    }

    List<Rule> rules() {
        return byId.values().stream().map(CompiledRule::rule).toList();
    }

    Map<String, CompiledRule> compiled() {
        return Collections.unmodifiableMap(byId);
    }
}
