package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A suggestion must fit the words it is shown for: each family of demeaning terms has its own
 * alternatives, so "người bán dâm" is never offered for "tiểu tam", "bóng hồng" or "máy đẻ".
 */
class SuggestionFamiliesTest {
    private static final RuleSet RULES = RuleLoader.load(null);

    /** A term of each family, and the family (rule) it belongs to. */
    private static final Map<String, String> FAMILY_OF = Map.of(
            "tiểu tam", "G2-nguoi-thu-ba",
            "bóng hồng", "G2-vat-hoa-phu-nu",
            "máy đẻ", "G2-tu-miet-thi-phu-nu",
            "bà tám", "G2-lam-dieu-nhieu-chuyen",
            "gái ế", "G2-e-chong-lo-thi",
            "gái gọi", "G2-ban-dam",
            "lẳng lơ", "G2-phan-xet-dao-duc",
            "nữ quái", "G2-nu-quai",
            "phái yếu", "G2-phai-yeu",
            "chân yếu tay mềm", "G2-chan-yeu-tay-mem");

    @Test
    void eachTermIsReportedByItsOwnFamily() {
        for (Map.Entry<String, String> e : FAMILY_OF.entrySet()) {
            PageResult r = Pages.check(Pages.generalPage("<p>Bài báo gọi chị là " + e.getKey() + " trong tiêu đề.</p>"));
            List<String> rules = r.findings().stream().filter(f -> f.group().equals("G2")).map(Finding::rule).toList();
            assertEquals(List.of(e.getValue()), rules, e.getKey());
        }
    }

    @Test
    void noAlternativeIsSharedBetweenFamilies() {
        Map<String, String> owner = new HashMap<>();
        for (Rule rule : RULES.rules()) {
            if (!rule.group().equals("G2")) {
                continue;
            }
            for (String alternative : rule.alternatives()) {
                String before = owner.putIfAbsent(alternative, rule.id());
                assertTrue(before == null, "'" + alternative + "' is offered by both " + before + " and " + rule.id());
            }
        }
    }

    @Test
    void sexWorkWordsAreSuggestedOnlyForSexWorkSlurs() {
        for (Rule rule : RULES.rules()) {
            boolean mentions = rule.suggestionText().contains("bán dâm");
            assertEquals(rule.id().equals("G2-ban-dam"), mentions, rule.id() + ": " + rule.suggestionText());
        }
    }

    /** An alternative offered to the writer must not itself be reported by a rule of the same group. */
    @Test
    void alternativesAreNotThemselvesFindings() {
        for (Rule rule : RULES.rules()) {
            for (String alternative : rule.alternatives()) {
                PageResult r = Pages.check(Pages.generalPage("<p>" + alternative + "</p>"));
                assertFalse(r.findings().stream().anyMatch(f -> f.group().equals(rule.group())),
                        rule.id() + " suggests a wording its own group reports: " + alternative);
            }
        }
    }

    @Test
    void theChildLawIsCitedOnlyForChildren() {
        for (Rule rule : RULES.rules()) {
            if (rule.group().equals("G6") && rule.message().contains("Luật Trẻ em")) {
                assertEquals(VictimIdentityDetector.CHILD_DETAILS, rule.id());
            }
        }
    }
}
