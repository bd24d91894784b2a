package vn.loa.checker;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Decides whether a page is about gender-based violence from a score over its headline and body.
 * Evidence, each a lexicon list in {@code 00-chung.yml}:
 * <ul>
 * <li>strong terms ({@code topic_strong}: "bạo lực gia đình", "hiếp dâm", "mua bán người");</li>
 * <li>acts: an act word ({@code topic_acts}: đánh, đâm, bóp cổ, tạt axit...) within a few syllables of a
 * family or partner word ({@code topic_actors}: chồng, vợ, cha dượng...), in either order, so active
 * ("chồng đánh vợ"), passive ("bị chồng đánh") and object forms ("đâm vợ") all count; a victim word
 * ({@code topic_victims}: con, bé...) counts only right after the act ("bạo hành con"); a sexual act
 * ({@code topic_sexual_acts}) also pairs with any person word ({@code topic_persons}: bé gái, nữ sinh);</li>
 * <li>weak terms ({@code topic_weak}: "bạo lực", "bị đánh");</li>
 * <li>consequences and proceedings ({@code topic_context}: nhập viện, khởi tố, nạn nhân), which only
 * support: they count, up to a cap, when some strong, act or weak evidence exists, because a theft
 * report has them too;</li>
 * <li>tags, which only add: they count, up to the same cap, when the text already has evidence.</li>
 * </ul>
 * A phrase of {@code topic_not} ("đánh giá", "đánh bắt", "bạo lực học đường", "xâm hại rừng") cancels
 * any term it overlaps. The headline counts double and once, though it appears as title, h1 and og:title.
 */
final class TopicClassifier {
    static final String STRONG = "topic_strong";
    static final String WEAK = "topic_weak";
    static final String CONTEXT = "topic_context";
    static final String NOT = "topic_not";
    static final String ACTORS = "topic_actors";
    static final String VICTIMS = "topic_victims";
    static final String PERSONS = "topic_persons";
    static final String ACTS = "topic_acts";
    static final String SEXUAL_ACTS = "topic_sexual_acts";
    static final String CHILD_HARMS = "topic_child_harms";
    static final String CHILDREN = "topic_children";
    static final String ACT_NEGATIONS = "topic_act_negations";
    /** A victim word counts only this close after the act: "đánh con", "bạo hành đứa con". */
    private static final int VICTIM_DISTANCE = 2;

    private final int strongWeight;
    private final int weakWeight;
    private final int actWeight;
    private final int actWindow;
    private final int sexualWindow;
    private final int supportCap;
    private final int threshold;
    private final Lexicon lexicon;

    TopicClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
        strongWeight = lexicon.setting("topic_strong_weight", 3);
        weakWeight = lexicon.setting("topic_weak_weight", 1);
        actWeight = lexicon.setting("topic_act_weight", 4);
        actWindow = lexicon.setting("topic_act_window", 6);
        sexualWindow = lexicon.setting("topic_sexual_window", 8);
        supportCap = lexicon.setting("topic_support_max", 2);
        threshold = lexicon.setting("topic_threshold", 4);
    }

    TopicDecision decide(List<BlockAnalysis> blocks, List<String> tags) {
        List<TopicDecision.Term> headline = List.of();
        int headlineScore = 0;
        List<TopicDecision.Term> headlineSupport = List.of();
        List<TopicDecision.Term> terms = new ArrayList<>();
        List<TopicDecision.Term> support = new ArrayList<>();
        for (BlockAnalysis b : blocks) {
            Scope scope = b.block().scope();
            if (scope == Scope.ALT) {
                continue;
            }
            int factor = scope == Scope.HEADLINE ? 2 : 1;
            List<TopicDecision.Term> found = new ArrayList<>();
            List<TopicDecision.Term> consequences = new ArrayList<>();
            collect(b, factor, scope.id(), found, consequences);
            if (scope != Scope.HEADLINE) {
                terms.addAll(found);
                support.addAll(consequences);
            } else if (sum(found) + consequences.size() > headlineScore) {
                headlineScore = sum(found) + consequences.size();
                headline = found;
                headlineSupport = consequences;
            }
        }
        List<TopicDecision.Term> all = new ArrayList<>(headline);
        all.addAll(terms);
        if (!all.isEmpty()) {
            support.addAll(0, headlineSupport);
            all.addAll(support.subList(0, Math.min(supportCap, support.size())));
            all.addAll(tagTerms(tags));
        }
        int score = sum(all);
        return new TopicDecision(score >= threshold, score, threshold, List.copyOf(all));
    }

    private List<TopicDecision.Term> tagTerms(List<String> tags) {
        List<TopicDecision.Term> out = new ArrayList<>();
        for (String tag : tags) {
            if (out.size() >= supportCap) {
                break;
            }
            BlockAnalysis b = new BlockAnalysis(new TextBlock(Scope.BODY, tag, List.of()), lexicon);
            List<TopicDecision.Term> found = new ArrayList<>();
            collect(b, 1, "tags", found, new ArrayList<>());
            if (!found.isEmpty()) {
                out.add(new TopicDecision.Term(tag.trim(), TopicDecision.Kind.TAG.id(), 1, "tags"));
            }
        }
        return out;
    }

    /** Strong, act and weak terms of one block into {@code found}; consequences into {@code support}. */
    private void collect(BlockAnalysis b, int factor, String scope, List<TopicDecision.Term> found,
                         List<TopicDecision.Term> support) {
        TextBlock block = b.block();
        List<PhraseIndex.Hit<String>> cancels = b.hits(NOT);
        List<PhraseIndex.Hit<String>> strong = live(b.hits(STRONG), cancels);
        for (PhraseIndex.Hit<String> h : strong) {
            if (!coveredByLonger(h, strong)) { // "phòng, chống bạo lực" counts once, not also as "chống bạo lực"
                found.add(term(block, h.start(), h.end(), TopicDecision.Kind.STRONG, strongWeight * factor, scope));
            }
        }
        BitSet actSentences = new BitSet();
        acts(b, live(b.hits(ACTS), cancels), Pairing.PHYSICAL, cancels, factor, scope, actSentences, found);
        acts(b, live(b.hits(SEXUAL_ACTS), cancels), Pairing.SEXUAL, cancels, factor, scope, actSentences, found);
        acts(b, live(b.hits(CHILD_HARMS), cancels), Pairing.CHILD, cancels, factor, scope, actSentences, found);
        for (PhraseIndex.Hit<String> h : live(b.hits(WEAK), cancels)) {
            if (!covered(h, strong)) {
                found.add(term(block, h.start(), h.end(), TopicDecision.Kind.WEAK, weakWeight * factor, scope));
            }
        }
        for (PhraseIndex.Hit<String> h : live(b.hits(CONTEXT), cancels)) {
            support.add(term(block, h.start(), h.end(), TopicDecision.Kind.CONTEXT, weakWeight, scope));
        }
    }

    /** Which words an act pairs with, and how far. */
    private enum Pairing { PHYSICAL, SEXUAL, CHILD }

    /** Acts with a partner word close by; one per sentence. */
    private void acts(BlockAnalysis b, List<PhraseIndex.Hit<String>> acts, Pairing pairing,
                      List<PhraseIndex.Hit<String>> cancels, int factor, String scope, BitSet done,
                      List<TopicDecision.Term> found) {
        TextBlock block = b.block();
        for (PhraseIndex.Hit<String> act : acts) {
            int sentence = block.sentenceOf()[act.start()];
            if (done.get(sentence)) {
                continue;
            }
            if (b.endsBefore(ACT_NEGATIONS, act.start(), 1)) {
                continue; // "Câu lạc bộ Không đánh vợ", "không bao giờ ra tay với vợ": no act is told
            }
            PhraseIndex.Hit<String> partner = partner(b, act, pairing, cancels);
            if (partner != null) {
                done.set(sentence);
                found.add(term(block, Math.min(act.start(), partner.start()), Math.max(act.end(), partner.end()),
                        TopicDecision.Kind.ACT, actWeight * factor, scope));
            }
        }
    }

    /**
     * A physical act pairs with a family or partner word on either side, or a victim word right after
     * it; a sexual act also with any person, at a longer distance; a child's pregnancy with a child word.
     */
    private PhraseIndex.Hit<String> partner(BlockAnalysis b, PhraseIndex.Hit<String> act, Pairing pairing,
                                            List<PhraseIndex.Hit<String>> cancels) {
        return switch (pairing) {
            case PHYSICAL -> firstNonNull(near(b, ACTORS, act, actWindow, actWindow, cancels),
                    near(b, VICTIMS, act, -1, VICTIM_DISTANCE, cancels));
            case SEXUAL -> firstNonNull(near(b, ACTORS, act, sexualWindow, sexualWindow, cancels),
                    firstNonNull(near(b, VICTIMS, act, sexualWindow, sexualWindow, cancels),
                            nearNotAgent(b, act, cancels)));
            case CHILD -> near(b, CHILDREN, act, sexualWindow, sexualWindow, cancels);
        };
    }

    /**
     * A person word near a sexual act, but not right before it: "kẻ xâm hại", "đối tượng quấy rối" name a
     * kind of offender, not an act; "bị một người đàn ông sàm sỡ" still pairs the act with the victim.
     */
    private PhraseIndex.Hit<String> nearNotAgent(BlockAnalysis b, PhraseIndex.Hit<String> act,
                                                 List<PhraseIndex.Hit<String>> cancels) {
        PhraseIndex.Hit<String> after = near(b, PERSONS, act, -1, sexualWindow, cancels);
        if (after != null) {
            return after;
        }
        PhraseIndex.Hit<String> before = near(b, PERSONS, act, sexualWindow, -1, cancels);
        return before != null && before.end() < act.start() ? before : null;
    }

    private static PhraseIndex.Hit<String> firstNonNull(PhraseIndex.Hit<String> a, PhraseIndex.Hit<String> b) {
        return a != null ? a : b;
    }

    /**
     * A hit of {@code list} in the act's sentence ending at most {@code before} syllables before it
     * (-1: none before) or starting at most {@code after} syllables after it.
     */
    private static PhraseIndex.Hit<String> near(BlockAnalysis b, String list, PhraseIndex.Hit<String> act, int before,
                                                int after, List<PhraseIndex.Hit<String>> cancels) {
        int[] sentenceOf = b.block().sentenceOf();
        int sentence = sentenceOf[act.start()];
        for (PhraseIndex.Hit<String> h : b.hits(list)) {
            if (sentenceOf[h.start()] != sentence || overlaps(h, act) || cancelled(h, cancels)) {
                continue;
            }
            boolean left = h.end() <= act.start() && before >= 0 && act.start() - h.end() <= before;
            boolean right = h.start() >= act.end() && h.start() - act.end() <= after;
            if (left || right) {
                return h;
            }
        }
        return null;
    }

    private static List<PhraseIndex.Hit<String>> live(List<PhraseIndex.Hit<String>> hits, List<PhraseIndex.Hit<String>> cancels) {
        if (cancels.isEmpty()) {
            return hits;
        }
        List<PhraseIndex.Hit<String>> out = new ArrayList<>(hits.size());
        for (PhraseIndex.Hit<String> h : hits) {
            if (!cancelled(h, cancels)) {
                out.add(h);
            }
        }
        return out;
    }

    private static boolean cancelled(PhraseIndex.Hit<String> h, List<PhraseIndex.Hit<String>> cancels) {
        for (PhraseIndex.Hit<String> c : cancels) {
            if (overlaps(c, h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(PhraseIndex.Hit<String> h, List<PhraseIndex.Hit<String>> by) {
        for (PhraseIndex.Hit<String> c : by) {
            if (c.start() <= h.start() && h.end() <= c.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredByLonger(PhraseIndex.Hit<String> h, List<PhraseIndex.Hit<String>> by) {
        for (PhraseIndex.Hit<String> c : by) {
            if (c.start() <= h.start() && h.end() <= c.end() && c.length() > h.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(PhraseIndex.Hit<String> a, PhraseIndex.Hit<String> b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static TopicDecision.Term term(TextBlock block, int start, int end, TopicDecision.Kind kind, int weight,
                                           String scope) {
        return new TopicDecision.Term(block.span(start, end), kind.id(), weight, scope);
    }

    private static int sum(List<TopicDecision.Term> terms) {
        int s = 0;
        for (TopicDecision.Term t : terms) {
            s += t.weight();
        }
        return s;
    }
}
