package vn.loa.checker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.loa.text.Token;

/**
 * Phrase rules (G1–G5, G10 and any rule with {@code phrases}): match, then apply the rule's context
 * conditions — scope, topic gate, homograph context words, exceptions, refutation cues and the
 * "individual only" test for gender marking.
 */
final class PhraseRuleMatcher {
    /** Lists in the lexicon this matcher reads. */
    static final String REFUTATION = "refutation_cues";
    static final String NEGATION = "negation_before";
    static final String PLURAL = "plural_markers";
    static final String STATISTICS = "statistics_cues";
    static final String PROGRAMME = "programme_words";
    static final String ANSWERS = "refutation_answers";
    static final String BELIEF = "belief_report";
    static final String CONTRAST = "contrast_cues";
    static final String META = "meta_before";
    static final String GENERIC = "generic_reference";
    static final String PLURAL_AFTER = "plural_after";
    /** How many sentences after a reported saying its rejection may come. */
    private static final int REJECTION_REACH = 2;

    private final RuleSet rules;

    PhraseRuleMatcher(RuleSet rules) {
        this.rules = rules;
    }

    List<RawFinding> find(BlockAnalysis analysis, boolean violenceTopic) {
        TextBlock block = analysis.block();
        List<PhraseIndex.Hit<CompiledRule>> kept = new ArrayList<>();
        for (PhraseIndex.Hit<CompiledRule> hit : rules.phraseIndex().findAll(block)) {
            if (applies(hit, analysis, violenceTopic)) {
                kept.add(hit);
            }
        }
        List<RawFinding> out = new ArrayList<>();
        for (PhraseIndex.Hit<CompiledRule> hit : longestPerGroup(kept)) {
            RawFinding f = RawFinding.inBlock(hit.value().rule(), block, hit.start(), hit.end());
            out.add(isProgrammeName(hit, analysis) ? f.withSeverity(Severity.INFO) : f);
        }
        return out;
    }

    private boolean applies(PhraseIndex.Hit<CompiledRule> hit, BlockAnalysis analysis, boolean violenceTopic) {
        CompiledRule c = hit.value();
        Rule rule = c.rule();
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        if (!rule.appliesTo(block.scope()) || (rule.needsViolenceTopic() && !violenceTopic)) {
            return false;
        }
        if (rule.lowercaseOnly() && hasCapital(block, hit.start(), hit.end())) {
            return false;
        }
        if (rule.individualOnly() && crossesClauseBreak(block, hit.start(), hit.end())) {
            return false; // "xếp điều dưỡng vào cột nữ, kỹ sư vào cột nam" holds no "nữ kỹ sư"
        }
        if (c.blockedBefore(tokens, hit.start()) || c.blockedAfter(tokens, hit.end())
                || c.coveredByException(block, hit.start(), hit.end())) {
            return false;
        }
        int sentence = block.sentenceOf()[hit.start()];
        int window = rules.lexicon().setting("refutation_window", 1);
        if (c.cueNear(block, sentence - window, sentence + window) || !c.contextNear(block, sentence - window, sentence + window)) {
            return false;
        }
        if (rule.refutable() && refuted(analysis, hit, sentence, window)) {
            return false;
        }
        return !rule.individualOnly() || isAboutOneIndividual(hit, analysis);
    }

    /**
     * Refutation: a cue nearby ("định kiến", "không có lý do nào biện minh"), a negation right before,
     * talk about such words rather than use of them ("tránh nhận xét về nhan sắc", "ví dụ: ..."),
     * a quiz answer standing alone ("Sai."), or a reported belief ("Nhiều người cho rằng ...")
     * followed by a contrast ("Thực tế, ...", "Tuy nhiên, ...").
     */
    private static boolean refuted(BlockAnalysis analysis, PhraseIndex.Hit<CompiledRule> hit, int sentence, int window) {
        if (analysis.inSentences(REFUTATION, sentence - window, sentence + window)
                || analysis.endsBefore(NEGATION, hit.start(), 3) || analysis.endsBefore(META, hit.start(), 4)) {
            return true;
        }
        for (PhraseIndex.Hit<String> a : analysis.hits(ANSWERS)) {
            int s = analysis.block().sentenceOf()[a.start()];
            if (Math.abs(s - sentence) <= window && analysis.sentenceLength(s) == a.length()) {
                return true;
            }
        }
        return reportedThenRejected(analysis, hit, sentence);
    }

    /**
     * "Dân gian vẫn có câu: ... Thế nhưng ...", "Nhiều người vẫn nghĩ ... Thực tế, ...": a belief reported
     * in the phrase's sentence or the one before, and a contrast after the phrase, up to two sentences
     * on. A contrast before the belief ("Tuy nhiên, nhiều người vẫn cho rằng ...") rejects nothing.
     */
    private static boolean reportedThenRejected(BlockAnalysis analysis, PhraseIndex.Hit<CompiledRule> hit, int sentence) {
        int[] sentenceOf = analysis.block().sentenceOf();
        boolean reported = false;
        for (PhraseIndex.Hit<String> b : analysis.hits(BELIEF)) {
            int s = sentenceOf[b.start()];
            reported |= (s == sentence && b.start() <= hit.start()) || s == sentence - 1;
        }
        if (!reported) {
            return false;
        }
        for (PhraseIndex.Hit<String> c : analysis.hits(CONTRAST)) {
            int s = sentenceOf[c.start()];
            if ((s == sentence && c.start() >= hit.end()) || (s > sentence && s <= sentence + REJECTION_REACH)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stereotype phrase written as the name of a contest or movement ("Hội thi Người phụ nữ đảm
     * đang") is a programme name: indicators.md allows it at most at info level.
     */
    private static boolean isProgrammeName(PhraseIndex.Hit<CompiledRule> hit, BlockAnalysis analysis) {
        return hit.value().rule().group().equals("G1") && analysis.endsBefore(PROGRAMME, hit.start(), 1);
    }

    /**
     * Homographs such as "Thị" (a middle name), "Bà Rịa" or "Nam" (a name) are capitalised; a
     * capital on the first word of a sentence does not count.
     */
    private static boolean hasCapital(TextBlock block, int start, int end) {
        for (int i = start; i < end; i++) {
            boolean sentenceStart = i == 0 || block.sentenceOf()[i - 1] != block.sentenceOf()[i];
            if (block.tokens().get(i).capitalized() && !(i == start && sentenceStart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A comma, semicolon, colon or bracket between two syllables of the match: two clauses, not one
     * person's title. (Other rules may span a comma: "Đã 38 tuổi, vẫn chưa chồng".)
     */
    private static boolean crossesClauseBreak(TextBlock block, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            String gap = block.gapBefore(i);
            for (int k = 0; k < gap.length(); k++) {
                if (",;:()[]".indexOf(gap.charAt(k)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Gender marking is only a finding for one person: not after a number or plural marker, not in a
     * sentence of statistics, not inside a capitalised organisation or title name, not as a bare label
     * (a tag or category that is the whole sentence), not as a category ("vai trò của nữ lãnh đạo")
     * and not for the heads of several bodies ("nữ lãnh đạo các sở, ngành").
     */
    private static boolean isAboutOneIndividual(PhraseIndex.Hit<CompiledRule> hit, BlockAnalysis analysis) {
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        int start = hit.start();
        int sentence = block.sentenceOf()[start];
        for (int i = Math.max(0, start - 2); i < start; i++) {
            if (block.sentenceOf()[i] == sentence && tokens.get(i).numeric()) {
                return false;
            }
        }
        boolean sentenceStart = start == 0 || block.sentenceOf()[start - 1] != sentence;
        if (tokens.get(start).capitalized() && !sentenceStart) {
            return false;
        }
        if (analysis.sentenceLength(sentence) == hit.length()) {
            return false;
        }
        boolean namedRightAfter = hit.end() < tokens.size() && block.sentenceOf()[hit.end()] == sentence
                && tokens.get(hit.end()).capitalized() && block.gapBefore(hit.end()).isBlank();
        if (!namedRightAfter && (analysis.endsBefore(GENERIC, start, 1) || analysis.startsAfter(PLURAL_AFTER, hit.end(), 0))) {
            return false;
        }
        return !analysis.endsBefore(PLURAL, start, 2) && !analysis.inSentences(STATISTICS, sentence, sentence);
    }

    /** Overlapping matches of one group keep the longest: a slogan wins over the stereotype inside it. */
    private static List<PhraseIndex.Hit<CompiledRule>> longestPerGroup(List<PhraseIndex.Hit<CompiledRule>> hits) {
        List<PhraseIndex.Hit<CompiledRule>> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.<PhraseIndex.Hit<CompiledRule>>comparingInt(PhraseIndex.Hit::length).reversed()
                .thenComparing(h -> h.value().rule().severity(), Comparator.reverseOrder())
                .thenComparingInt(PhraseIndex.Hit::start));
        List<PhraseIndex.Hit<CompiledRule>> kept = new ArrayList<>();
        for (PhraseIndex.Hit<CompiledRule> h : sorted) {
            boolean overlaps = kept.stream().anyMatch(k -> k.value().rule().group().equals(h.value().rule().group())
                    && k.start() < h.end() && h.start() < k.end());
            if (!overlaps) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(PhraseIndex.Hit::start));
        return kept;
    }
}
