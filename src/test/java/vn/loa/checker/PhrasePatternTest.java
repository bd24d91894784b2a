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

    private static List<String> matchesWithClasses(String phrase, java.util.Map<String, List<String>> classes, String text) {
        PhraseIndex<String> index = new PhraseIndex<>(classes::get);
        index.add(phrase, "x");
        TextBlock block = new TextBlock(Scope.BODY, text, List.of());
        return index.findAll(block.tokens(), block.sentenceOf()).stream().map(h -> block.span(h.start(), h.end())).toList();
    }

    @Test
    void wordClassesStandForEveryEntryOfALexiconList() {
        var classes = java.util.Map.of("conduct", List.of("(không|chẳng) nghe lời", "cãi chồng", "<late>"),
                "late", List.of("về (khuya|muộn)"));
        assertEquals(List.of("do vợ không nghe lời"), matchesWithClasses("do * <conduct>", classes, "Anh khai do vợ không nghe lời."));
        assertEquals(List.of("vì chị về muộn"), matchesWithClasses("(vì|do) * <conduct>", classes, "Bị đánh vì chị về muộn."));
        assertEquals(List.of("vì cãi chồng"), matchesWithClasses("vì (<conduct>|ghen)", classes, "Bị đánh vì cãi chồng."));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> matchesWithClasses("do <khong_co>", classes, "x"));
        assertEquals(true, e.getMessage().contains("khong_co"), e.getMessage());
    }

    @Test
    void aGapMayBeWidenedUpToEightSyllables() {
        assertEquals(List.of("do đứa con riêng của vợ 5 tuổi không nghe"),
                matches("do *8 không nghe", "Chỉ do đứa con riêng của vợ 5 tuổi không nghe lời."));
        assertEquals(List.of(), matches("do * không nghe", "Chỉ do đứa con riêng của vợ 5 tuổi không nghe lời."));
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.compile("do *9 khuya"));
    }
}
