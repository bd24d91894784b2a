package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index skips a pattern when the token after its first word cannot continue it. These cases
 * are the ones where that shortcut could go wrong: optional words, choices of different lengths,
 * one-word matches, gaps right after the first word and numbers.
 */
class PhraseIndexTest {

    private static List<String> matches(String phrase, String text) {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add(phrase, "x");
        TextBlock block = new TextBlock(Scope.BODY, text, List.of());
        return index.findAll(block).stream().map(h -> block.span(h.start(), h.end())).toList();
    }

    @Test
    void optionalFirstWordAndChoicesOfDifferentLengths() {
        assertEquals(List.of("Chồng phải nấu cơm", "phải nấu cơm", "phải nấu cơm"),
                matches("(chồng|) phải nấu cơm", "Chồng phải nấu cơm. Vợ phải nấu cơm."));
        assertEquals(List.of("bà con nông dân", "bà nông dân"),
                matches("(bà|bà con) nông dân", "bà con nông dân và bà nông dân"));
    }

    @Test
    void oneWordMatchesAndGapsRightAfterTheFirstWord() {
        assertEquals(List.of("bà", "Bà con"), matches("(bà|bà con)", "Gặp bà. Bà con đến."));
        assertEquals(List.of("do khuya", "do về khuya"), matches("do * khuya", "do khuya, do về khuya"));
    }

    @Test
    void numbersInTheFirstSlot() {
        assertEquals(List.of("8 tuổi", "tổng đài gọi", "111 gọi"),
                matches("(tổng đài|<số>) (gọi|tuổi)", "Cháu 8 tuổi gọi tổng đài gọi 111 gọi"));
        assertEquals(List.of(), matches("<số> tuổi", "Cháu 8. tuổi"));
    }

    @Test
    void aBlockMadeBeforeItsPhrasesStillMatches() {
        TextBlock block = new TextBlock(Scope.BODY, "Mã thử là Zyqa Wuxo nhé.", List.of());
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("zyqa wuxo", "x"); // made-up syllables: ids handed out after the block looked its tokens up
        assertEquals(List.of("Zyqa Wuxo"),
                index.findAll(block).stream().map(h -> block.span(h.start(), h.end())).toList());
    }
}
