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
    /** Kinship words right before a name: "vợ ông A", "con gái chị B". */
    static final String RELATIVE_WORDS = "relative_before_name";
    static final String RULE_ID = "G8-can-bang-nguon";
    private static final int VERB_WINDOW = 15;

    private final Lexicon lexicon;
    /** gender + given name → how the person was written first. */
    private final Map<String, String> people = new LinkedHashMap<>();
    /** Given name → gender of every gendered person met so far on the page, quoted or not. */
    private final Map<String, Character> known = new java.util.HashMap<>();
    /** The last gendered person met, by gender, for a later bare honorific ("Chị kể: ..."). */
    private final Map<Character, PersonRef> last = new java.util.HashMap<>();
    private final java.util.Set<String> femaleHonorifics;
    private final java.util.Set<String> maleHonorifics;
    private int female;
    private int male;

    SourceCounter(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.femaleHonorifics = lexicon.keys(PersonFinder.FEMALE);
        this.maleHonorifics = lexicon.keys(PersonFinder.MALE);
    }

    void add(BlockAnalysis analysis, List<PersonRef> persons) {
        Scope scope = analysis.block().scope();
        if (scope != Scope.BODY && scope != Scope.LEAD && scope != Scope.CAPTION) {
            return;
        }
        // "ông A, chồng chị B, cho biết": a person named as someone's relative describes that someone;
        // she neither speaks here nor takes the verb from the person she describes.
        List<PersonRef> speakers = new ArrayList<>(persons.size());
        for (PersonRef ref : persons) {
            if (!analysis.endsBefore(RELATIVE_WORDS, ref.start(), 0)) {
                speakers.add(ref);
            }
        }
        List<PersonRef> all = persons;
        persons = speakers;
        boolean[] attributed = new boolean[persons.size()];
        for (int p = persons.size() - 1; p >= 0; p--) {
            PersonRef next = p + 1 < persons.size() ? persons.get(p + 1) : null;
            attributed[p] = isAttributed(analysis, persons.get(p), next)
                    || (next != null && attributed[p + 1] && coordinated(analysis.block(), persons.get(p), next));
        }
        TextBlock b = analysis.block();
        for (int p = 0; p < persons.size(); p++) {
            PersonRef ref = persons.get(p);
            if (ref.gender() != '?') {
                String given = b.tokens().get(ref.end() - 1).key();
                known.put(given, ref.gender());
                last.put(ref.gender(), ref);
                if (attributed[p]) {
                    count(ref.gender(), given, b.span(ref.start(), ref.end()));
                }
            }
        }
        laterMentions(analysis, all);
    }

    private void count(char gender, String given, String asWritten) {
        if (people.putIfAbsent(gender + ":" + given, asWritten) == null) {
            if (gender == 'F') {
                female++;
            } else {
                male++;
            }
        }
    }

    /**
     * Someone met earlier on the page and now quoted by the given name alone ("Khang cho biết", "Theo luật
     * sư Trâm,") or by the honorific alone ("Chị kể:", "Bà đề nghị"): the same person, so counted once, with
     * the gender of the first mention. A bare honorific stands for the last person of that gender.
     */
    private void laterMentions(BlockAnalysis analysis, List<PersonRef> persons) {
        TextBlock b = analysis.block();
        List<vn.loa.text.Token> tokens = b.tokens();
        int p = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (p < persons.size() && persons.get(p).end() <= i) {
                p++;
            }
            if (p < persons.size() && persons.get(p).start() <= i) {
                continue; // inside a name already read
            }
            vn.loa.text.Token t = tokens.get(i);
            Character gender = known.get(t.key());
            if (gender != null && t.capitalized() && (i == 0 || !tokens.get(i - 1).capitalized()
                    || b.sentenceOf()[i - 1] != b.sentenceOf()[i])) {
                PersonRef ref = new PersonRef(i, i, i + 1, gender, null, false);
                if (isAttributed(analysis, ref, p < persons.size() ? persons.get(p) : null)) {
                    count(gender, t.key(), t.key());
                }
                continue;
            }
            char honorific = femaleHonorifics.contains(t.key()) ? 'F' : maleHonorifics.contains(t.key()) ? 'M' : '?';
            PersonRef earlier = last.get(honorific);
            if (honorific != '?' && earlier != null && analysis.startsAfter(SPEECH_VERBS, i + 1, 0)) {
                count(honorific, b.tokens().get(earlier.end() - 1).key(), b.span(earlier.start(), earlier.end()));
            }
        }
    }

    /**
     * "ông Hùng, bà Lan và anh Tú cùng chia sẻ", "ông A, Chủ tịch xã, và chị B cho biết", "ông A (Chủ tịch
     * xã) và bà B": people listed together share the speech verb, across an apposition or brackets.
     */
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "\\s*(\\([^()]*\\)\\s*|,[^,()]{1,60},\\s*)?(,|và|cùng|với|cùng với|,\\s*và|,\\s*cùng)\\s*");

    private static boolean coordinated(TextBlock b, PersonRef ref, PersonRef next) {
        if (b.sentenceOf()[ref.start()] != b.sentenceOf()[next.start()]) {
            return false;
        }
        String between = b.text().substring(b.tokens().get(ref.end() - 1).end(), b.tokens().get(next.start()).start());
        return COORDINATION.matcher(between).matches();
    }

    /**
     * For a person named inside brackets ("ông A (chồng chị B) cho biết"), the token index of the
     * closing bracket: the speech verb must come before it, else it is the other person's. Otherwise
     * the end of the block.
     */
    private static int bracketLimit(TextBlock b, PersonRef ref) {
        String text = b.text();
        int sentence = b.sentenceOf()[ref.start()];
        int first = ref.start();
        while (first > 0 && b.sentenceOf()[first - 1] == sentence) {
            first--;
        }
        int depth = 0;
        for (int c = b.tokens().get(first).start(); c < b.tokens().get(ref.start()).start(); c++) {
            depth += text.charAt(c) == '(' ? 1 : text.charAt(c) == ')' ? -1 : 0;
        }
        if (depth <= 0) {
            return b.tokens().size();
        }
        for (int i = ref.end() - 1; i < b.tokens().size(); i++) {
            if (b.gapAfter(i).contains(")")) {
                return i + 1;
            }
        }
        return b.tokens().size();
    }

    static boolean isAttributed(BlockAnalysis analysis, PersonRef ref, PersonRef next) {
        TextBlock b = analysis.block();
        int verbLimit = next == null ? VERB_WINDOW : Math.min(VERB_WINDOW, next.start() - ref.end());
        verbLimit = Math.min(verbLimit, bracketLimit(b, ref) - ref.end() - 1);
        if (verbLimit >= 0 && analysis.startsAfter(SPEECH_VERBS, ref.end(), verbLimit)) {
            return true;
        }
        if (introducedByTheo(b, ref)) {
            return true;
        }
        return colonFollows(b, ref, next);
    }

    /** "Theo bà Lan, ...", "Theo luật sư Trần Thị Hạnh, ...": "Theo" at most three title words before. */
    private static boolean introducedByTheo(TextBlock b, PersonRef ref) {
        int sentence = b.sentenceOf()[ref.start()];
        for (int i = ref.start() - 1; i >= 0 && i >= ref.start() - 4 && b.sentenceOf()[i] == sentence; i--) {
            if (b.tokens().get(i).key().equals("theo")) {
                return true;
            }
            if (b.gapAfter(i).contains(",")) {
                return false;
            }
        }
        return false;
    }

    /** "Chị Hoa: ..." or "Anh Vũ, Bí thư Đoàn xã: ..." — a colon after the name or its apposition. */
    private static boolean colonFollows(TextBlock b, PersonRef ref, PersonRef next) {
        int sentence = b.sentenceOf()[ref.end() - 1];
        int limit = Math.min(b.tokens().size(), ref.end() + 12);
        if (next != null) {
            limit = Math.min(limit, next.start());
        }
        for (int i = ref.end() - 1; i < limit && b.sentenceOf()[i] == sentence; i++) {
            if (b.gapAfter(i).contains(":")) {
                String gap = b.gapAfter(ref.end() - 1);
                return i == ref.end() - 1 || gap.contains(",") || gap.contains("(");
            }
        }
        return false;
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
