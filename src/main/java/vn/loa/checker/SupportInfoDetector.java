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
    private static final String OUTDATED_NUMBERS = "outdated_hotlines";
    private static final String POLICY_NEWS = "policy_news_cues";

    private final RuleSet rules;

    SupportInfoDetector(RuleSet rules) {
        this.rules = rules;
    }

    List<RawFinding> find(Page page, BlockAnalysis whole, List<BlockAnalysis> headlines) {
        List<RawFinding> out = new ArrayList<>();
        Rule outdated = rules.rule(OUTDATED);
        if (outdated != null) {
            for (PhraseIndex.Hit<String> h : whole.hits(OUTDATED_NUMBERS)) {
                out.add(RawFinding.inBlock(outdated, whole.block(), h.start(), h.end()));
            }
        }
        Rule missing = rules.rule(MISSING);
        if (missing != null && !page.hasSupportBox() && !hasSupport(whole)) {
            boolean policyNews = headlines.stream().anyMatch(h -> h.count(POLICY_NEWS) > 0);
            Severity severity = policyNews ? Severity.INFO : missing.severity();
            String message = missing.message() + (policyNews ? " (Tin chính sách/sự kiện: chỉ ghi nhận.)" : "");
            out.add(RawFinding.onPage(missing, severity, "", "", message));
        }
        return out;
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
                if (t.numeric() && t.end() - t.start() >= 3) {
                    return true;
                }
            }
        }
        return false;
    }
}
