package vn.loa.checker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * G8: who is quoted. A source is a gendered, named person in an attribution: followed by a speech
 * verb in the same sentence, introduced by "Theo", or followed by a colon. Each person counts once;
 * a later short mention ("ông Khoa") is the earlier full name ("ông Trịnh Văn Khoa").
 */
final class SourceCounter {
    static final String SPEECH_VERBS = "speech_verbs";
    static final String RULE_ID = "G8-can-bang-nguon";
    private static final int VERB_WINDOW = 15;

    private final Lexicon lexicon;
    /** gender + given name → how the person was written first. */
    private final Map<String, String> people = new LinkedHashMap<>();
    private int female;
    private int male;

    SourceCounter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void add(BlockAnalysis analysis, List<PersonRef> persons) {
        Scope scope = analysis.block().scope();
        if (scope != Scope.BODY && scope != Scope.LEAD && scope != Scope.CAPTION) {
            return;
        }
        for (int p = 0; p < persons.size(); p++) {
            PersonRef ref = persons.get(p);
            if (ref.gender() == '?' || !isAttributed(analysis, ref, p + 1 < persons.size() ? persons.get(p + 1) : null)) {
                continue;
            }
            TextBlock b = analysis.block();
            String given = b.tokens().get(ref.end() - 1).key();
            if (people.putIfAbsent(ref.gender() + ":" + given, b.span(ref.start(), ref.end())) == null) {
                if (ref.gender() == 'F') {
                    female++;
                } else {
                    male++;
                }
            }
        }
    }

    static boolean isAttributed(BlockAnalysis analysis, PersonRef ref, PersonRef next) {
        TextBlock b = analysis.block();
        int verbLimit = next == null ? VERB_WINDOW : Math.min(VERB_WINDOW, next.start() - ref.end());
        if (verbLimit >= 0 && analysis.startsAfter(SPEECH_VERBS, ref.end(), verbLimit)) {
            return true;
        }
        if (ref.start() > 0 && b.tokens().get(ref.start() - 1).key().equals("theo")) {
            return true;
        }
        return b.gapAfter(ref.end() - 1).contains(":");
    }

    SourceMetrics metrics() {
        return new SourceMetrics(female, male);
    }

    /** The warning finding when women are fewer than a third of at least three sources, else null. */
    RawFinding finding(RuleSet rules) {
        Rule rule = rules.rule(RULE_ID);
        SourceMetrics m = metrics();
        if (rule == null || !m.unbalanced(lexicon.setting("sources_minimum", 3))) {
            return null;
        }
        List<String> names = new ArrayList<>(people.values());
        String text = "nữ " + female + " / nam " + male;
        String context = "Nguồn tin được trích dẫn: " + String.join(", ", names) + ".";
        String message = rule.message() + " Trang này có " + female + " nguồn nữ trên " + (female + male)
                + " nguồn có giới tính xác định.";
        return RawFinding.onPage(rule, rule.severity(), text, context, message);
    }
}
