package vn.loa.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.loa.text.Token;

/**
 * G7: a page about gender-based violence must tell readers where to get help. Anything on the page
 * counts, chrome included: the site's support box, a hotline (a bare 111 or 113 only next to words
 * like "tổng đài", "gọi", "số"), or a local service with a phone number or an address.
 */
final class SupportInfoDetector {
    static final String MISSING = "G7-thieu-thong-tin-ho-tro";
    static final String OUTDATED = "G7-so-dien-thoai-cu";

    private static final String DIRECT = "support_phrases";
    private static final String NEEDS_NUMBER = "support_services";
    private static final String HOTLINE_CUES = "hotline_cues";
    private static final String SHORT_HOTLINES = "short_hotlines";
    private static final String HOUSE_NUMBERS = "house_numbers";
    /** Shared with G6: thôn, xóm, số nhà... */
    private static final String ADDRESS_WORDS = "address_words";
    private static final String OUTDATED_NUMBERS = "outdated_hotlines";
    private static final String POLICY_NEWS = "policy_news_cues";
    private static final String INCIDENT = "incident_cues";
    private static final String CHILD_PAGE = "child_page_cues";
    /** A phone number has at least this many digits (1800 1768, 0231 3 852 468); shorter ones are years, counts. */
    private static final int PHONE_DIGITS = 8;
    /** Policy evidence needed: a headline cue counts 2, any other 1. */
    private static final int POLICY_EVIDENCE = 3;
    /** Incident cues needed (besides a named act found by the topic model). */
    private static final int INCIDENT_EVIDENCE = 2;

    private final RuleSet rules;
    private final SupportSuggestion suggestion;
    private final Set<String> shortHotlines;

    SupportInfoDetector(RuleSet rules, SupportSuggestion suggestion) {
        this.rules = rules;
        this.suggestion = suggestion;
        this.shortHotlines = rules.lexicon().keys(SHORT_HOTLINES);
    }

    List<RawFinding> find(Page page, BlockAnalysis whole, List<BlockAnalysis> blocks, TopicDecision topic) {
        List<RawFinding> out = new ArrayList<>();
        Rule outdated = rules.rule(OUTDATED);
        if (outdated != null) {
            for (PhraseIndex.Hit<String> h : whole.hits(OUTDATED_NUMBERS)) {
                out.add(RawFinding.inBlock(outdated, whole.block(), h.start(), h.end()));
            }
        }
        Rule missing = rules.rule(MISSING);
        if (missing != null && !page.hasSupportBox() && !hasSupport(whole)) {
            boolean policyNews = isPolicyOrEventNews(blocks, topic);
            Severity severity = policyNews ? Severity.INFO : missing.severity();
            String message = missing.message() + (policyNews ? " (Tin chính sách/sự kiện: chỉ ghi nhận.)" : "");
            out.add(RawFinding.onPage(missing, severity, "", "", message).withSuggestion(suggestion.forPage(aboutChild(blocks))));
        }
        return out;
    }

    private static boolean aboutChild(List<BlockAnalysis> blocks) {
        for (BlockAnalysis b : blocks) {
            if (b.count(CHILD_PAGE) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Policy or event news (a conference, a campaign launch, a law, statistics) rather than an
     * incident: G7 is then only informative. Needs real evidence: a policy cue in the headline and
     * another one, or three in the text; and no incident: a named act (from the topic model) or two
     * incident cues make it an incident report, whatever campaign it mentions.
     */
    private static boolean isPolicyOrEventNews(List<BlockAnalysis> blocks, TopicDecision topic) {
        for (TopicDecision.Term t : topic.terms()) {
            if (t.kind().equals(TopicDecision.Kind.ACT.id())) {
                return false;
            }
        }
        int headlinePolicy = 0;
        int policy = 0;
        int headlineIncident = 0;
        int incident = 0;
        for (BlockAnalysis b : blocks) {
            if (b.block().scope() == Scope.HEADLINE) {
                headlinePolicy = Math.max(headlinePolicy, Math.min(1, b.count(POLICY_NEWS)) * 2);
                headlineIncident = Math.max(headlineIncident, b.count(INCIDENT));
            } else if (b.block().scope() != Scope.ALT) {
                policy += b.count(POLICY_NEWS);
                incident += b.count(INCIDENT);
            }
        }
        if (headlineIncident > 0 || incident >= INCIDENT_EVIDENCE) {
            return false;
        }
        return headlinePolicy + policy >= POLICY_EVIDENCE;
    }

    private boolean hasSupport(BlockAnalysis whole) {
        if (whole.count(DIRECT) > 0) {
            return true;
        }
        for (PhraseIndex.Hit<String> h : whole.hits(SHORT_HOTLINES)) {
            if (whole.endsBefore(HOTLINE_CUES, h.start(), 3) && !whole.endsBefore(HOUSE_NUMBERS, h.start(), 0)) {
                return true;
            }
        }
        TextBlock b = whole.block();
        for (PhraseIndex.Hit<String> h : whole.hits(NEEDS_NUMBER)) {
            int sentence = b.sentenceOf()[h.start()];
            for (int i = h.end(); i < b.tokens().size() && b.sentenceOf()[i] == sentence; i++) {
                if (phoneAt(b, i) || placeAt(b, i) || addressAt(whole, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A phone number starts at token {@code i}: digits grouped by spaces, dots or hyphens with at least
     * {@link #PHONE_DIGITS} digits in all, not a year range ("2019-2023"); or a short hotline (113).
     * A year ("năm 2023", "từ 2019") or a count ("150 trường hợp") is not a phone number.
     */
    private boolean phoneAt(TextBlock b, int i) {
        List<Token> tokens = b.tokens();
        Token first = tokens.get(i);
        if (!first.numeric() || (i > 0 && tokens.get(i - 1).numeric() && isNumberJoint(b.gapBefore(i)))) {
            return false;
        }
        if (shortHotlines.contains(first.key())) {
            return true;
        }
        int digits = 0;
        boolean allYears = true;
        for (int j = i; j < tokens.size() && tokens.get(j).numeric() && (j == i || isNumberJoint(b.gapBefore(j))); j++) {
            Token t = tokens.get(j);
            digits += t.end() - t.start();
            allYears &= isYear(t.key());
        }
        return digits >= PHONE_DIGITS && !allYears;
    }

    private static boolean isNumberJoint(String gap) {
        return gap.equals(" ") || gap.equals(".") || gap.equals("-") || gap.equals(" - ") || gap.equals("–");
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    /** "tại Nhà văn hóa thôn Đông", "ở Trụ sở Công an xã": a place named right after "tại"/"ở". */
    private static boolean placeAt(TextBlock b, int i) {
        String key = b.tokens().get(i).key();
        return (key.equals("tai.") || key.equals("ơ?")) && i + 1 < b.tokens().size()
                && b.sentenceOf()[i + 1] == b.sentenceOf()[i] && b.tokens().get(i + 1).capitalized();
    }

    /**
     * An address word followed by its name or number ("thôn Đông", "tổ 5", "số nhà 12"): a bare word
     * is not an address, so "tổ chức", "đường dây" and "bản thân" do not count.
     */
    private static boolean addressAt(BlockAnalysis whole, int i) {
        PhraseIndex.Hit<String> h = whole.startingAt(ADDRESS_WORDS, i);
        TextBlock b = whole.block();
        if (h == null || h.end() >= b.tokens().size() || b.sentenceOf()[h.end()] != b.sentenceOf()[i]) {
            return false;
        }
        Token next = b.tokens().get(h.end());
        return next.capitalized() || next.numeric();
    }
}
