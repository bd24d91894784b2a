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
    private static final String INCIDENT = "incident_cues";
    private static final String PARTICULARS = "incident_particulars";
    private static final String REPORT_NEWS = "report_news_cues";
    private static final String HARM = "harm_cues";
    /** This many statistics or policy words make a text a report on many cases, not one. */
    private static final int REPORT_NEWS_LIMIT = 2;
    /** A service's address follows it closely ("Địa chỉ tin cậy tại Nhà văn hóa thôn Đông"). */
    private static final int ADDRESS_DISTANCE = 6;
    /** Shared with G6: trú tại, ngụ ở... */
    private static final String RESIDENCE = "address_phrases";
    private static final String CHILD_PAGE = "child_page_cues";
    /** A phone number has at least this many digits (1800 1768, 0231 3 852 468); shorter ones are years, counts. */
    private static final int PHONE_DIGITS = 8;

    private final RuleSet rules;
    private final SupportSuggestion suggestion;
    private final Set<String> shortHotlines;

    SupportInfoDetector(RuleSet rules, SupportSuggestion suggestion) {
        this.rules = rules;
        this.suggestion = suggestion;
        this.shortHotlines = rules.lexicon().keys(SHORT_HOTLINES);
    }

    /**
     * @param initialsNamed the text names someone by initials (chị N.T.H., anh T.), a particular of an incident
     */
    List<RawFinding> find(Page page, BlockAnalysis whole, List<BlockAnalysis> blocks, TopicDecision topic,
                          boolean initialsNamed) {
        List<RawFinding> out = new ArrayList<>();
        Rule outdated = rules.rule(OUTDATED);
        if (outdated != null) {
            for (PhraseIndex.Hit<String> h : whole.hits(OUTDATED_NUMBERS)) {
                out.add(RawFinding.inBlock(outdated, whole.block(), h.start(), h.end()));
            }
        }
        Rule missing = rules.rule(MISSING);
        if (missing != null && !page.hasSupportBox() && !hasSupport(whole)) {
            boolean incident = isIncidentReport(blocks, topic, initialsNamed);
            Severity severity = incident ? missing.severity() : Severity.INFO;
            String message = missing.message() + (incident ? ""
                    : " (Bài không kể một vụ việc cụ thể — tin chính sách, sự kiện, số liệu hay bình luận: chỉ ghi nhận.)");
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
     * An incident report tells of harm done to someone in particular. It is one when the headline names
     * an act (found by the topic model: "Chồng đánh vợ nhập viện"); or the text has harm (an act, or a
     * harm cue: "bị chồng đánh", "bị xâm hại") and either a particular (a time, an age, a birth year, a
     * residence, a person named by initials) or a step of the case (an incident cue: "cấp cứu", "khởi tố",
     * "bắt giữ"); steps alone do not make a case of text told with several {@code report_news_cues}
     * ("thống kê", "cả nước", "hội nghị"): that is statistics. So policy and event news, statistics, advice and
     * commentary about violence are not incident reports and a missing hotline there is only informative,
     * while a campaign mentioned in an incident report changes nothing.
     */
    private static boolean isIncidentReport(List<BlockAnalysis> blocks, TopicDecision topic, boolean initialsNamed) {
        boolean act = false;
        boolean headlineAct = false;
        for (TopicDecision.Term t : topic.terms()) {
            if (t.kind().equals(TopicDecision.Kind.ACT.id())) {
                act = true;
                headlineAct |= t.scope().equals(Scope.HEADLINE.id());
            }
        }
        int harm = 0;
        int steps = 0;
        int particulars = 0;
        int reportNews = 0;
        for (BlockAnalysis b : blocks) {
            if (b.block().scope() != Scope.HEADLINE && b.block().scope() != Scope.ALT) {
                harm += b.count(HARM);
                steps += b.count(INCIDENT);
                particulars += b.count(PARTICULARS) + b.count(RESIDENCE);
                reportNews += b.count(REPORT_NEWS);
            }
        }
        boolean harmed = act || harm > 0;
        boolean told = initialsNamed || particulars > 0 || (steps > 0 && reportNews < REPORT_NEWS_LIMIT);
        return headlineAct || (harmed && told);
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
                boolean close = i - h.end() <= ADDRESS_DISTANCE;
                if (phoneAt(b, i) || (close && (placeAt(b, i) || addressAt(whole, i)))) {
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
