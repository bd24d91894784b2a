package vn.loa.checker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.loa.text.SyllableTokenizer;
import vn.loa.text.Token;
import vn.loa.text.VietText;

/**
 * G6: exposing a victim's identity, on violence pages only. Built for precision: a person counts as
 * a victim only when the text ties them to the harm ("nạn nhân là chị ...", "... bị chồng đánh",
 * "xâm hại cháu ..."), and officials or speakers are never taken for victims.
 */
final class VictimIdentityDetector {
    static final String VICTIM_NAME = "G6-ten-nan-nhan";
    static final String CHILD_DETAILS = "G6-tre-em-dinh-danh";
    static final String RELATIVE = "G6-ten-nguoi-than";
    static final String INITIALS = "G6-viet-tat-kem-dinh-danh";

    private static final String VICTIM_CUES = "victim_cues";
    private static final String VICTIM_LABELS = "victim_labels";
    private static final String HARM_VERBS = "harm_verbs";
    private static final String HARMED_AFTER = "harmed_after_name";
    private static final String LABEL_AFTER = "victim_after_name";
    private static final String CHILD_CUES = "child_cues";
    private static final String CHILD_PERSON = "child_individual";
    private static final String PLURAL = PhraseRuleMatcher.PLURAL;
    private static final String PLACE_UNITS = "place_units";
    private static final String CHILD_GENERIC = "child_generic";
    private static final String PASSIVE = "passive_marker";
    private static final int PASSIVE_REACH = 8;
    private static final String RELATIVES = "victim_relatives";
    private static final String SCHOOL = "school_words";
    private static final String CLASS = "class_words";
    private static final String ADDRESS = "address_words";
    private static final String ADDRESS_PHRASES = "address_phrases";
    private static final String WORKPLACE = "workplace_phrases";
    private static final int CHILD_AGE_LIMIT = 16;
    /** Words that may stand between a name and "bị ..."/"nạn nhân" without changing who is meant. */
    private static final Set<String> LINKING = Stream.of("đã", "từng", "lại", "vừa", "cũng", "mới", "nhiều", "lần",
            "liên", "tục", "thường", "xuyên", "tuổi", "là", "chính", "ngay", "khi").map(VietText::key).collect(Collectors.toSet());

    private final RuleSet rules;

    VictimIdentityDetector(RuleSet rules) {
        this.rules = rules;
    }

    List<RawFinding> find(BlockAnalysis analysis, List<PersonRef> persons) {
        List<RawFinding> out = new ArrayList<>();
        TextBlock block = analysis.block();
        if (block.scope() == Scope.HEADLINE && block.tokens().isEmpty()) {
            return out;
        }
        Set<Integer> reportedSentences = new HashSet<>();
        for (int p = 0; p < persons.size(); p++) {
            PersonRef ref = persons.get(p);
            PersonRef next = p + 1 < persons.size() ? persons.get(p + 1) : null;
            if (SourceCounter.isAttributed(analysis, ref, next) || !isVictim(analysis, ref)) {
                continue;
            }
            int sentence = block.sentenceOf()[ref.start()];
            if (ref.fullName()) {
                add(out, VICTIM_NAME, block, ref.start(), ref.end());
                reportedSentences.add(sentence);
            } else if (ref.initials() && identifiers(analysis, sentence).size() >= 2) {
                add(out, INITIALS, block, ref.start(), ref.end());
                reportedSentences.add(sentence);
            }
        }
        for (PhraseIndex.Hit<String> rel : analysis.hits(RELATIVES)) {
            for (PersonRef ref : persons) {
                if (ref.start() >= rel.end() && ref.start() - rel.end() <= 4 && ref.fullName()
                        && block.sentenceOf()[ref.start()] == block.sentenceOf()[rel.start()]) {
                    add(out, RELATIVE, block, rel.start(), ref.end());
                    reportedSentences.add(block.sentenceOf()[rel.start()]);
                    break;
                }
            }
        }
        for (int s = 0; s < block.sentenceCount(); s++) {
            if (reportedSentences.contains(s) || !isChildVictimSentence(analysis, s, persons)) {
                continue;
            }
            List<int[]> ids = identifiers(analysis, s);
            int[] strongest = null;
            for (int[] id : ids) {
                if (id[2] != 'A') { // age alone is not enough; school, class or address is
                    strongest = id;
                    break;
                }
            }
            if (strongest != null) {
                add(out, CHILD_DETAILS, block, strongest[0], strongest[1]);
            }
        }
        return out;
    }

    private void add(List<RawFinding> out, String ruleId, TextBlock block, int start, int end) {
        Rule rule = rules.rule(ruleId);
        if (rule != null) {
            out.add(RawFinding.inBlock(rule, block, start, end));
        }
    }

    private static boolean isVictim(BlockAnalysis analysis, PersonRef ref) {
        return analysis.endsBefore(VICTIM_LABELS, ref.start(), 1)
                || analysis.endsBefore(HARM_VERBS, ref.start(), 0)
                || describedAfter(analysis, HARMED_AFTER, ref, 6)
                || describedAfter(analysis, LABEL_AFTER, ref, 5);
    }

    /**
     * "Chị A (35 tuổi) bị chồng đánh", "Em B, học sinh lớp 2, nạn nhân ...": the cue follows the name
     * with only an age, an apposition between commas or brackets, or an adverb in between — not
     * "Chị A hỗ trợ nạn nhân", where the person acts on someone else.
     */
    private static boolean describedAfter(BlockAnalysis analysis, String list, PersonRef ref, int distance) {
        TextBlock b = analysis.block();
        for (PhraseIndex.Hit<String> h : analysis.hits(list)) {
            if (h.start() < ref.end() || h.start() - ref.end() > distance
                    || b.sentenceOf()[h.start()] != b.sentenceOf()[ref.end() - 1]) {
                continue;
            }
            String between = b.text().substring(b.tokens().get(ref.end() - 1).end(), b.tokens().get(h.start()).start())
                    .replaceAll("\\([^)]*\\)", " ").replaceAll(",[^,]*,", " ");
            boolean onlyLinking = SyllableTokenizer.tokenize(between).stream()
                    .allMatch(t -> t.numeric() || LINKING.contains(t.key()));
            if (onlyLinking) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence about one particular child who was harmed: a reference to an individual child
     * ("em", "cháu", "bé gái", "học sinh", a name, "8 tuổi") and harm tied to that child — a victim
     * cue nearby ("bị xâm hại", "nạn nhân"), a harm verb in the passive ("bị người quen xâm hại") or
     * aimed at the child ("xâm hại cháu").
     * "Phòng chống xâm hại trẻ em ở xã X" or "hơn 600 học sinh" name no individual: not a victim.
     */
    private static boolean isChildVictimSentence(BlockAnalysis analysis, int s, List<PersonRef> persons) {
        List<Integer> children = individualChildren(analysis, s, persons);
        if (children.isEmpty() || !(analysis.inSentences(CHILD_CUES, s, s) || childAgeIn(analysis.block(), s))) {
            return false;
        }
        if (analysis.inSentences(VICTIM_CUES, s - 1, s + 1)) {
            return true;
        }
        for (PhraseIndex.Hit<String> h : analysis.hits(HARM_VERBS)) {
            if (analysis.block().sentenceOf()[h.start()] != s) {
                continue;
            }
            if (analysis.endsBefore(PASSIVE, h.start(), PASSIVE_REACH)) {
                return true; // "Bé gái ... bị một người hàng xóm xâm hại"
            }
            for (int child : children) {
                if (child >= h.end() && child - h.end() <= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where sentence {@code s} refers to one child: a singular child word (not after "các", "những",
     * a number...), a child's age, or a name without an adult honorific. Positions are token indexes.
     */
    private static List<Integer> individualChildren(BlockAnalysis analysis, int s, List<PersonRef> persons) {
        TextBlock block = analysis.block();
        List<Integer> out = new ArrayList<>();
        for (PhraseIndex.Hit<String> h : analysis.hits(CHILD_PERSON)) {
            if (block.sentenceOf()[h.start()] == s && !plural(analysis, h.start()) && !insideGeneric(analysis, h)) {
                out.add(h.start());
            }
        }
        for (PersonRef ref : persons) {
            if (block.sentenceOf()[ref.start()] == s && ref.honorific() == null) {
                out.add(ref.start()); // a bare name; "chị", "ông"... are adults, "em", "cháu" are child words above
            }
        }
        List<Token> tokens = block.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (block.sentenceOf()[i] == s && isChildAge(block, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** "em" inside "trẻ em": the word for children in general. */
    private static boolean insideGeneric(BlockAnalysis analysis, PhraseIndex.Hit<String> hit) {
        for (PhraseIndex.Hit<String> g : analysis.hits(CHILD_GENERIC)) {
            if (g.start() < hit.end() && hit.start() < g.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean plural(BlockAnalysis analysis, int index) {
        TextBlock block = analysis.block();
        for (int i = Math.max(0, index - 2); i < index; i++) {
            if (block.sentenceOf()[i] == block.sentenceOf()[index] && block.tokens().get(i).numeric()) {
                return true;
            }
        }
        return analysis.endsBefore(PLURAL, index, 1);
    }

    private static boolean childAgeIn(TextBlock block, int s) {
        for (int i = 0; i + 1 < block.tokens().size(); i++) {
            if (block.sentenceOf()[i] == s && isChildAge(block, i)) {
                return true;
            }
        }
        return false;
    }

    /** "8 tuổi": a number below the child age limit followed by "tuổi". */
    private static boolean isChildAge(TextBlock block, int i) {
        List<Token> tokens = block.tokens();
        return i + 1 < tokens.size() && tokens.get(i).numeric() && tokens.get(i + 1).key().equals("tuôi?")
                && tokens.get(i).end() - tokens.get(i).start() <= 2
                && Integer.parseInt(block.text().substring(tokens.get(i).start(), tokens.get(i).end())) < CHILD_AGE_LIMIT;
    }

    /**
     * Quasi-identifiers in a sentence as {start, end, kind}: kind 'S' school, 'C' class, 'D' address,
     * 'W' workplace, 'A' age. Place words count only when a name or number follows them.
     */
    private static List<int[]> identifiers(BlockAnalysis analysis, int s) {
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        List<int[]> out = new ArrayList<>();
        collectNamed(analysis, SCHOOL, s, 'S', out);
        collectNamed(analysis, ADDRESS, s, 'D', out);
        for (PhraseIndex.Hit<String> h : analysis.hits(CLASS)) {
            if (block.sentenceOf()[h.start()] == s && h.end() < tokens.size()
                    && Character.isDigit(block.text().charAt(tokens.get(h.end()).start()))) {
                out.add(new int[] {h.start(), h.end() + 1, 'C'});
            }
        }
        for (String list : List.of(ADDRESS_PHRASES, WORKPLACE)) {
            for (PhraseIndex.Hit<String> h : analysis.hits(list)) {
                if (block.sentenceOf()[h.start()] == s) {
                    int end = Math.min(tokens.size(), h.end() + 3);
                    while (end > h.end() && block.sentenceOf()[end - 1] != s) {
                        end--;
                    }
                    out.add(new int[] {h.start(), end, list.equals(WORKPLACE) ? 'W' : 'D'});
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (block.sentenceOf()[i] == s && tokens.get(i).numeric() && tokens.get(i + 1).key().equals("tuôi?")) {
                out.add(new int[] {i, i + 2, 'A'});
            }
        }
        return out;
    }

    private static void collectNamed(BlockAnalysis analysis, String list, int s, char kind, List<int[]> out) {
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        for (PhraseIndex.Hit<String> h : analysis.hits(list)) {
            int e = h.end();
            if (block.sentenceOf()[h.start()] != s || e >= tokens.size() || block.sentenceOf()[e] != s
                    || analysis.endsBefore(PLACE_UNITS, h.start(), 0)) {
                continue; // "phường Trường Thi" is a ward, not a school
            }
            Token after = tokens.get(e);
            if (after.capitalized() || after.numeric()) {
                int end = e;
                while (end < tokens.size() && block.sentenceOf()[end] == s
                        && (tokens.get(end).capitalized() || tokens.get(end).numeric()) && end - e < 4) {
                    end++;
                }
                out.add(new int[] {h.start(), end, kind});
            }
        }
    }
}
