package vn.loa.checker;

import java.util.ArrayList;
import java.util.List;
import vn.loa.text.Token;

/**
 * G7: a page about gender-based violence must tell readers where to get help. Anything on the page
 * counts, chrome included: the site's support box, a hotline (a bare 111 or 113 only next to words
 * like "tổng đài", "gọi", "số"), or a local service with a phone number.
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

    private final RuleSet rules;

    SupportInfoDetector(RuleSet rules) {
        this.rules = rules;
    }

    List<RawFinding> find(Page page, BlockAnalysis whole, List<BlockAnalysis> blocks) {
        List<RawFinding> out = new ArrayList<>();
        Rule outdated = rules.rule(OUTDATED);
        if (outdated != null) {
            for (PhraseIndex.Hit<String> h : whole.hits(OUTDATED_NUMBERS)) {
                out.add(RawFinding.inBlock(outdated, whole.block(), h.start(), h.end()));
            }
        }
        Rule missing = rules.rule(MISSING);
        if (missing != null && !page.hasSupportBox() && !hasSupport(whole)) {
            boolean policyNews = isPolicyOrEventNews(blocks);
            Severity severity = policyNews ? Severity.INFO : missing.severity();
            String message = missing.message() + (policyNews ? " (Tin chính sách/sự kiện: chỉ ghi nhận.)" : "");
            out.add(RawFinding.onPage(missing, severity, "", "", message));
        }
        return out;
    }

    /**
     * Policy or event news (a conference, a campaign launch) rather than an incident: G7 is then only
     * informative. Decided from policy words in the headline, or anywhere when no incident is told.
     */
    private static boolean isPolicyOrEventNews(List<BlockAnalysis> blocks) {
        boolean headlinePolicy = false;
        boolean anyPolicy = false;
        boolean incident = false;
        for (BlockAnalysis b : blocks) {
            boolean policy = b.count(POLICY_NEWS) > 0;
            anyPolicy |= policy;
            headlinePolicy |= policy && b.block().scope() == Scope.HEADLINE;
            incident |= b.count(INCIDENT) > 0 && b.block().scope() != Scope.HEADLINE;
        }
        return headlinePolicy || (anyPolicy && !incident);
    }

    private static boolean hasSupport(BlockAnalysis whole) {
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
                Token t = b.tokens().get(i);
                boolean phone = t.numeric() && t.end() - t.start() >= 3;
                boolean address = (t.key().equals("tai.") || t.key().equals("ơ?")) && i + 1 < b.tokens().size()
                        && b.sentenceOf()[i + 1] == sentence && b.tokens().get(i + 1).capitalized();
                if (phone || address || whole.startingAt(ADDRESS_WORDS, i) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
