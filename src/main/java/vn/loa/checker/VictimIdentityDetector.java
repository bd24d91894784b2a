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
 * G6: exposing a victim's identity, on violence pages only. Each named person gets a role read from
 * the words around the name and from the two sentences before it: an official, a witness or a
 * speaker for an organisation is not a victim (unless the text says so); a perpetrator is not one
 * either, but a perpetrator who is the victim's relative ("Nguyễn Văn A đánh vợ", "chồng là Dương
 * Văn T.") identifies the victim; a person the text ties to the harm is a victim, whether or not they
 * speak. Then: a victim's full name, or a relative's, is an error; initials or a given name with
 * several details (birth year, residence, school, workplace) a warning, an error for a child with
 * school, class or address; initials with at most one detail are fine.
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
    private static final String CHILD_GENERIC = "child_generic";
    private static final String PASSIVE = "passive_marker";
    private static final String RELATIVES = "victim_relatives";
    private static final String NOT_VICTIMS = "not_victim_roles";
    private static final String PERPETRATORS = "perpetrator_labels";
    private static final String ARRESTED = "arrested_after_name";
    private static final String KIN_APPOSITION = "kin_apposition";
    private static final String RELATIVE_NOUNS = "relative_nouns";
    private static final Set<String> CHILD_HONORIFICS = Stream.of("em", "cháu", "bé").map(VietText::key).collect(Collectors.toSet());
    private static final String TOPIC_STRONG = "topic_strong";
    private static final String KIN = "kin_of_perpetrator";
    private static final String PLURAL = PhraseRuleMatcher.PLURAL;
    private static final int PASSIVE_REACH = 8;
    /** How many sentences back a victim cue still speaks of the person named now. */
    private static final int CUE_REACH = 2;
    /** How far after a name its own harm may come: "Chị A (SN 1973, ngụ thôn B) kể lại lần bị chồng đánh". */
    private static final int HARM_REACH = 20;
    /** How far after a name its apposition may name a role: "bà A (SN 1965, trú thôn B), cán bộ Hội". */
    private static final int APPOSITION_REACH = 14;
    /** Words that may stand between a name and "bị ..."/"nạn nhân" without changing who is meant. */
    private static final Set<String> LINKING = Stream.of("đã", "từng", "lại", "vừa", "cũng", "mới", "nhiều", "lần",
            "liên", "tục", "thường", "xuyên", "tuổi", "là", "chính", "ngay", "khi").map(VietText::key).collect(Collectors.toSet());

    private enum Role { VICTIM, RELATIVE, OTHER }

    private final RuleSet rules;
    private final NameSpotter names;

    VictimIdentityDetector(RuleSet rules) {
        this.rules = rules;
        this.names = new NameSpotter(rules.lexicon());
    }

    /**
     * Whether the page's headline speaks of harm ("Người phụ nữ bị chồng đánh nhập viện", "... sàm sỡ
     * mình tại bến xe"): a person introduced with details in the body is then read as the victim.
     */
    static boolean headlineNamesHarm(List<BlockAnalysis> analyses) {
        for (BlockAnalysis a : analyses) {
            if (a.block().scope() == Scope.HEADLINE && !(a.hits(VICTIM_CUES).isEmpty() && a.hits(HARM_VERBS).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    List<RawFinding> find(BlockAnalysis analysis, List<PersonRef> found, boolean harmInHeadline) {
        List<RawFinding> out = new ArrayList<>();
        TextBlock block = analysis.block();
        if (block.tokens().isEmpty()) {
            return out;
        }
        List<PersonRef> persons = names.withMoreNames(analysis, found);
        Set<Integer> reportedSentences = new HashSet<>();
        Role previous = Role.OTHER;
        for (int p = 0; p < persons.size(); p++) {
            PersonRef ref = persons.get(p);
            Role role = roleOf(analysis, persons, p, harmInHeadline);
            if (role == Role.OTHER && p > 0 && coordinated(block, persons.get(p - 1), ref)) {
                role = previous; // "Hai nạn nhân là S.T.M. và P.T.L. (cùng SN 2006 ...)"
            }
            previous = role;
            if (role == Role.OTHER) {
                continue;
            }
            int sentence = block.sentenceOf()[ref.start()];
            List<QuasiIdentifiers.Found> details = QuasiIdentifiers.ofNamed(analysis, segmentStart(block, persons, p),
                    segmentEnd(block, persons, p));
            String rule = null;
            boolean nearlyFull = spelledSyllables(block, ref) >= 2; // "Huỳnh Thị Bích V.", "Lê Văn S."
            if (ref.fullName() || (role == Role.RELATIVE && nearlyFull)) {
                rule = role == Role.VICTIM ? VICTIM_NAME : RELATIVE;
            } else if (nearlyFull && !details.isEmpty()) {
                rule = INITIALS;
            } else if (role == Role.VICTIM && isChild(analysis, ref, details) && hasPlaceOrSchool(details)) {
                rule = CHILD_DETAILS;
            } else if (QuasiIdentifiers.kinds(details) >= 2) {
                rule = INITIALS;
            }
            if (rule != null) {
                add(out, rule, block, ref.start(), ref.end());
                reportedSentences.add(sentence);
            }
        }
        for (int s = 0; s < block.sentenceCount(); s++) {
            if (reportedSentences.contains(s) || !isChildVictimSentence(analysis, s, persons)) {
                continue;
            }
            for (QuasiIdentifiers.Found id : QuasiIdentifiers.in(analysis, sentenceStart(block, s), sentenceEnd(block, s))) {
                if (id.kind() == QuasiIdentifiers.SCHOOL || id.kind() == QuasiIdentifiers.RESIDENCE) {
                    // a child without a name: age or class alone ("bé gái lớp 3") is not enough; school or address is
                    add(out, CHILD_DETAILS, block, id.start(), id.end());
                    break;
                }
            }
        }
        return out;
    }

    /** Syllables of the name written out in full (not initials): "Nguyễn Thị T." has two. */
    private static int spelledSyllables(TextBlock block, PersonRef ref) {
        int n = 0;
        for (int i = ref.nameStart(); i < ref.end(); i++) {
            Token t = block.tokens().get(i);
            if (!PersonFinder.isInitial(t) && !NameSpotter.isAllCaps(block, t)) {
                n++;
            }
        }
        return n;
    }

    /** "A và B", "A, B": two people named together share their part in the story. */
    private static boolean coordinated(TextBlock block, PersonRef first, PersonRef second) {
        if (block.sentenceOf()[first.start()] != block.sentenceOf()[second.start()] || second.start() < first.end()) {
            return false;
        }
        String between = block.text().substring(block.tokens().get(first.end() - 1).end(), block.tokens().get(second.start()).start());
        return between.replaceAll("\\([^)]*\\)", " ").matches("[\\s.,]*(và|cùng|,)[\\s.,]*");
    }

    private void add(List<RawFinding> out, String ruleId, TextBlock block, int start, int end) {
        Rule rule = rules.rule(ruleId);
        if (rule != null) {
            out.add(RawFinding.inBlock(rule, block, start, end));
        }
    }

    /**
     * The person's part in the story. Explicit words win: a relative's label ("mẹ của nạn nhân là
     * bà ..."), a victim label or harm done to the person ("nạn nhân là chị ...", "xâm hại cháu ...",
     * "chị ... bị chồng đánh"); then roles that are not victims (official titles, witnesses, the
     * accused); last, a person introduced with details right after a sentence about a victim.
     */
    private static Role roleOf(BlockAnalysis analysis, List<PersonRef> persons, int p, boolean harmInHeadline) {
        PersonRef ref = persons.get(p);
        boolean adultHonorific = ref.honorific() != null && !CHILD_HONORIFICS.contains(ref.honorific());
        if (analysis.endsBefore(RELATIVES, ref.start(), 4) || hasRole(analysis, ref, KIN_APPOSITION)
                || (adultHonorific && analysis.endsBefore(RELATIVE_NOUNS, ref.start(), 0))) {
            return Role.RELATIVE; // "mẹ của nạn nhân là bà ...", "Nguyễn Văn K. (chồng chị H.)", "bà A, mẹ bé"
        }
        if (describedAfter(analysis, ARRESTED, ref, 6)) {
            return harmsKin(analysis, persons, p) ? Role.RELATIVE : Role.OTHER; // "A bị bắt vì đánh vợ"
        }
        boolean notVictimRole = hasRole(analysis, ref, NOT_VICTIMS);
        // "Chị A, hàng xóm, nạn nhân ..." is not an apposition: after a role, only harm done to the person counts.
        if (analysis.endsBefore(VICTIM_LABELS, ref.start(), 1) || analysis.endsBefore(HARM_VERBS, ref.start(), 0)
                || describedAfter(analysis, HARMED_AFTER, ref, 6) || (!notVictimRole && describedAfter(analysis, LABEL_AFTER, ref, 5))) {
            return Role.VICTIM;
        }
        if (notVictimRole) {
            return Role.OTHER;
        }
        if (hasRole(analysis, ref, PERPETRATORS) || actsOnOthers(analysis, persons, p)) {
            return harmsKin(analysis, persons, p) ? Role.RELATIVE : Role.OTHER;
        }
        if (harmedLaterInSentence(analysis, persons, p)) {
            return Role.VICTIM;
        }
        if (ref.gender() == 'M' || isMaleHonorific(analysis, ref)) {
            return Role.OTHER; // men are victims too, but only where the text says so (above)
        }
        TextBlock block = analysis.block();
        int s = block.sentenceOf()[ref.start()];
        boolean victimNearby = analysis.inSentences(VICTIM_CUES, s - CUE_REACH, s + CUE_REACH)
                || analysis.inSentences(TOPIC_STRONG, s - CUE_REACH, s + CUE_REACH) || harmInHeadline;
        boolean introduced = !QuasiIdentifiers.ofNamed(analysis, ref.end(), segmentEnd(block, persons, p)).isEmpty();
        return victimNearby && introduced ? Role.VICTIM : Role.OTHER;
    }

    private static boolean isMaleHonorific(BlockAnalysis analysis, PersonRef ref) {
        return ref.honorific() != null && analysis.block().tokens().get(ref.start()).key().equals(ref.honorific())
                && (ref.honorific().equals("ông") || ref.honorific().equals("anh"));
    }

    /**
     * A role word right before the name ("Thượng tá Nguyễn Văn A", "đối tượng Lê Văn B") or in its
     * apposition right after it ("bà Lê Thị C, Chủ tịch Hội LHPN xã", "chị D (hàng xóm)").
     */
    private static boolean hasRole(BlockAnalysis analysis, PersonRef ref, String list) {
        if (analysis.endsBefore(list, ref.start(), 3)) {
            return true;
        }
        TextBlock block = analysis.block();
        int sentence = block.sentenceOf()[ref.start()];
        for (int i = ref.end(); i < block.tokens().size() && i - ref.end() <= APPOSITION_REACH && block.sentenceOf()[i] == sentence; i++) {
            String gap = block.gapBefore(i);
            boolean opensApposition = gap.contains(",") || gap.contains("(") || gap.contains("–") || gap.contains(" - ");
            if (opensApposition && analysis.startingAt(list, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** "Nguyễn Văn A (SN 1980) đã dùng dao đâm ...": the person does the harm (no "bị" before the verb). */
    private static boolean actsOnOthers(BlockAnalysis analysis, List<PersonRef> persons, int p) {
        return activeHarm(analysis, persons, p) != null;
    }

    private static PhraseIndex.Hit<String> activeHarm(BlockAnalysis analysis, List<PersonRef> persons, int p) {
        TextBlock block = analysis.block();
        PersonRef ref = persons.get(p);
        int limit = p + 1 < persons.size() ? persons.get(p + 1).start() : block.tokens().size();
        for (PhraseIndex.Hit<String> h : analysis.hits(HARM_VERBS)) {
            if (h.start() < ref.end() || h.start() >= limit || h.start() - ref.end() > 10
                    || block.sentenceOf()[h.start()] != block.sentenceOf()[ref.start()]) {
                continue;
            }
            if (!analysis.endsBefore(PASSIVE, h.start(), PASSIVE_REACH) || passiveOnlyBeforeName(analysis, ref, h)) {
                return h;
            }
        }
        return null;
    }

    private static boolean passiveOnlyBeforeName(BlockAnalysis analysis, PersonRef ref, PhraseIndex.Hit<String> verb) {
        for (PhraseIndex.Hit<String> b : analysis.hits(PASSIVE)) {
            if (b.start() >= ref.end() && b.end() <= verb.start()) {
                return false;
            }
        }
        return true;
    }

    /** The harm the person does falls on kin: "đánh vợ", "xâm hại con riêng", "bị bắt vì bạo hành con đẻ". */
    private static boolean harmsKin(BlockAnalysis analysis, List<PersonRef> persons, int p) {
        TextBlock block = analysis.block();
        PersonRef ref = persons.get(p);
        int sentence = block.sentenceOf()[ref.start()];
        int limit = Math.min(p + 1 < persons.size() ? persons.get(p + 1).start() : block.tokens().size(), ref.end() + HARM_REACH);
        for (PhraseIndex.Hit<String> k : analysis.hits(KIN)) {
            if (block.sentenceOf()[k.start()] != sentence || k.start() < ref.end() || k.start() >= limit) {
                continue;
            }
            boolean inApposition = k.start() - ref.end() <= 2 && !block.gapBefore(ref.end()).isBlank();
            if (inApposition || analysis.endsBefore(HARM_VERBS, k.start(), 5)) {
                return true;
            }
        }
        return false;
    }

    /** "Chị A kể, chị nhiều lần bị chồng đánh": harm in the passive later in the person's sentence, no one else named between. */
    private static boolean harmedLaterInSentence(BlockAnalysis analysis, List<PersonRef> persons, int p) {
        TextBlock block = analysis.block();
        PersonRef ref = persons.get(p);
        int limit = p + 1 < persons.size() ? persons.get(p + 1).start() : block.tokens().size();
        for (PhraseIndex.Hit<String> h : analysis.hits(HARMED_AFTER)) {
            if (h.start() >= ref.end() && h.start() < limit && h.start() - ref.end() <= HARM_REACH
                    && block.sentenceOf()[h.start()] == block.sentenceOf()[ref.start()]) {
                return true;
            }
        }
        return false;
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

    /** A child: a child's honorific ("cháu", "bé", "em"), an age under 16, a recent birth year or a child's class. */
    private boolean isChild(BlockAnalysis analysis, PersonRef ref, List<QuasiIdentifiers.Found> details) {
        TextBlock block = analysis.block();
        if (QuasiIdentifiers.showsAdult(block, details)) {
            return false;
        }
        return (ref.honorific() != null && rules.lexicon().keys(PersonFinder.CHILD).contains(ref.honorific()))
                || QuasiIdentifiers.showsChild(block, details) || analysis.endsBefore(CHILD_PERSON, ref.start(), 1);
    }

    private static boolean hasPlaceOrSchool(List<QuasiIdentifiers.Found> details) {
        return details.stream().anyMatch(d -> d.kind() == QuasiIdentifiers.RESIDENCE || d.kind() == QuasiIdentifiers.SCHOOL
                || d.kind() == QuasiIdentifiers.CLASS);
    }

    /** The person's stretch of the sentence: from the end of the previous name (or the sentence start) to the next name. */
    private static int segmentStart(TextBlock block, List<PersonRef> persons, int p) {
        int s = block.sentenceOf()[persons.get(p).start()];
        int from = sentenceStart(block, s);
        return p > 0 && persons.get(p - 1).end() > from ? persons.get(p - 1).end() : from;
    }

    private static int segmentEnd(TextBlock block, List<PersonRef> persons, int p) {
        int s = block.sentenceOf()[persons.get(p).start()];
        int to = sentenceEnd(block, s);
        return p + 1 < persons.size() && persons.get(p + 1).start() < to ? persons.get(p + 1).start() : to;
    }

    private static int sentenceStart(TextBlock block, int s) {
        int i = 0;
        while (i < block.tokens().size() && block.sentenceOf()[i] < s) {
            i++;
        }
        return i;
    }

    private static int sentenceEnd(TextBlock block, int s) {
        int i = sentenceStart(block, s);
        while (i < block.tokens().size() && block.sentenceOf()[i] == s) {
            i++;
        }
        return i;
    }

    /**
     * A sentence about one particular child who was harmed: a reference to an individual child
     * ("em", "cháu", "bé gái", "học sinh", "8 tuổi") and harm tied to that child — a victim cue
     * nearby ("bị xâm hại", "nạn nhân"), a harm verb in the passive ("bị người quen xâm hại") or aimed
     * at the child ("xâm hại cháu"). "Phòng chống xâm hại trẻ em ở xã X" or "hơn 600 học sinh" name
     * no individual, and a sentence about an adult ("chị H. (SN 1990) ...") is not about a child.
     */
    private static boolean isChildVictimSentence(BlockAnalysis analysis, int s, List<PersonRef> persons) {
        TextBlock block = analysis.block();
        List<Integer> children = individualChildren(analysis, s);
        if (children.isEmpty() || !(analysis.inSentences(CHILD_CUES, s, s) || QuasiIdentifiers.childAgeIn(block, s))) {
            return false;
        }
        for (PersonRef ref : persons) {
            if (block.sentenceOf()[ref.start()] == s && ref.honorific() != null && !ref.honorific().equals("em")
                    && !ref.honorific().equals("cháu") && !ref.honorific().equals("bé")) {
                return false; // "chị", "anh", "ông", "bà": the person spoken of is an adult
            }
        }
        if (QuasiIdentifiers.showsAdult(block, QuasiIdentifiers.in(analysis, sentenceStart(block, s), sentenceEnd(block, s)))) {
            return false;
        }
        if (analysis.inSentences(VICTIM_CUES, s - 1, s + 1)) {
            return true;
        }
        for (PhraseIndex.Hit<String> h : analysis.hits(HARM_VERBS)) {
            if (block.sentenceOf()[h.start()] != s) {
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

    /** Where sentence {@code s} refers to one child: a singular child word (not after "các", "những", a number...) or a child's age. */
    private static List<Integer> individualChildren(BlockAnalysis analysis, int s) {
        TextBlock block = analysis.block();
        List<Integer> out = new ArrayList<>();
        for (PhraseIndex.Hit<String> h : analysis.hits(CHILD_PERSON)) {
            if (block.sentenceOf()[h.start()] == s && !plural(analysis, h.start()) && !insideGeneric(analysis, h)) {
                out.add(h.start());
            }
        }
        List<Token> tokens = block.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (block.sentenceOf()[i] == s && QuasiIdentifiers.isChildAge(block, i)) {
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
}
