package vn.loa.search;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermWeightsTest {

    @Test
    void countsGoInDoublingSteps() {
        int[][] expected = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 3}, {5, 4}, {8, 4}, {9, 5}, {16, 5}, {17, 6}, {32, 6}, {33, 7}, {10_000, 7}};
        for (int[] pair : expected) {
            assertEquals(pair[1], TermWeights.countStep(pair[0]), pair[0] + " occurrences");
        }
    }

    @Test
    void titleSummaryAndTopicsAreFlaggedAboveTheText() {
        SearchEntry entry = new SearchEntry("/bai-viet/x/", "Hòa giải ở tổ dân phố", "Tổ hòa giải giúp các gia đình.",
            "01/02/2026", "Bài viết", List.of("Gia đình"), "<p>Hòa giải, hòa giải, <em>hòa</em> giải. Bạo lực.</p>");
        Map<String, Integer> weights = weights(entry);
        assertEquals(TermWeights.TITLE | TermWeights.SUMMARY | 3, weights.get("hoa"), "title, summary and 3 times in the text");
        assertEquals(TermWeights.TITLE, weights.get("dan"), "title only");
        assertEquals(TermWeights.SUMMARY, weights.get("gia"), "summary and topic");
        assertEquals(1, weights.get("bao"), "once in the text");
        assertEquals(null, weights.get("em"), "tag names are not text");
    }

    private static Map<String, Integer> weights(SearchEntry entry) {
        TermWeights.Page page = TermWeights.of(entry);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < page.terms().length; i++) {
            assertEquals(null, map.put(page.terms()[i], (int) page.weights()[i]), "each term once: " + page.terms()[i]);
        }
        return map;
    }
}
