package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasePatternTest {

    private static List<String> matches(String phrase, String text) {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add(phrase, "x");
        TextBlock block = new TextBlock(Scope.BODY, text, List.of());
        return index.findAll(block.tokens(), block.sentenceOf()).stream().map(h -> block.span(h.start(), h.end())).toList();
    }

    @Test
    void alternativesOptionalGroupsGapsAndNumbers() {
        // the index reports overlapping matches; the rule matcher keeps the longest
        assertEquals(List.of("người vợ phải nấu cơm", "vợ phải nấu cơm"),
                matches("(vợ|người vợ) (thì|) phải nấu cơm", "Người ta nói người vợ phải nấu cơm."));
        assertEquals(List.of("vợ thì phải nấu cơm"), matches("(vợ|người vợ) (thì|) phải nấu cơm", "vợ thì phải nấu cơm"));
        assertEquals(List.of("do cô ấy đi khuya"), matches("do * khuya", "Chuyện xảy ra do cô ấy đi khuya."));
        assertEquals(List.of(), matches("do * khuya", "do một hai ba bốn khuya"));
        assertEquals(List.of("9 tuổi"), matches("<số> tuổi", "Cháu 9 tuổi."));
    }

    @Test
    void matchesIgnoreToneStyleCaseAndSpelling() {
        assertEquals(List.of("Hoà giải"), matches("hòa giải", "Hoà giải ở cơ sở"));
        assertEquals(List.of("bác sỹ"), matches("bác sĩ", "một bác sỹ trẻ"));
    }

    @Test
    void aMatchNeverCrossesASentence() {
        assertEquals(List.of(), matches("việc nhà là việc của phụ nữ", "Đó là việc nhà. Là việc của phụ nữ."));
    }

    @Test
    void badPhrasesAreRejectedWithAVietnameseMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhrasePattern.compile("(vợ|chồng phải"));
        assertEquals(true, e.getMessage().contains("thiếu dấu ')'"));
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.compile("(a|) (b|)"));
    }
}
