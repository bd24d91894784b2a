package vn.loa.search;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a reader types without a Vietnamese keyboard meets what officers wrote. */
class SearchTermsTest {

    @Test
    void aPhraseWithDiacriticsBecomesThePlainSyllablesAReaderTypes() {
        assertEquals(List.of("bao", "luc", "gia", "dinh"), SearchTerms.of("Bạo lực gia đình"));
        assertEquals(List.of("bao", "luc", "gia", "dinh"), SearchTerms.of("bao luc gia dinh"));
        assertEquals(List.of("phong", "chong", "bao", "luc"), SearchTerms.of("Phòng, chống bạo lực!"));
    }

    @Test
    void dAndDStrokeAreOneLetter() {
        assertEquals(List.of("dinh", "dinh", "dinh", "dinh"), SearchTerms.of("Đình đình ĐÌNH dinh"));
    }

    @Test
    void bothTonePlacementsMeet() {
        assertEquals(SearchTerms.of("hoa giai thuy khoe"), SearchTerms.of("hòa giải thúy khỏe"));
        assertEquals(SearchTerms.of("hòa giải thúy khỏe"), SearchTerms.of("hoà giải thuý khoẻ"));
    }

    @Test
    void iAndYSpellingsMeetButUyStays() {
        assertEquals(List.of("si", "si", "ki", "ki", "li", "li", "qui", "qui"), SearchTerms.of("sĩ sỹ kĩ kỹ lí lý quí quý"));
        assertEquals(List.of("si", "ki", "li", "qui"), SearchTerms.of("sy ky ly quy"));
        assertEquals(List.of("thuy", "huy", "y", "yeu"), SearchTerms.of("Thúy huy ý yêu"));
    }

    @Test
    void decomposedTextAndInvisibleCharactersGiveTheSameTerms() {
        String nfd = Normalizer.normalize("Bạo lực gia đình", Normalizer.Form.NFD);
        assertEquals(List.of("bao", "luc", "gia", "dinh"), SearchTerms.of(nfd));
        assertEquals(List.of("bao", "luc"), SearchTerms.of("b\u200Bạo\u00A0lực"));
    }

    @Test
    void numbersAndCodesSplitAtPunctuation() {
        assertEquals(List.of("25", "11", "covid", "19", "goi", "111"), SearchTerms.of("25/11, COVID-19, gọi 111"));
    }

    @Test
    void wordsOfNoLatinLetterAndOverlongRunsAreNotTerms() {
        assertEquals(List.of("ho", "tro"), SearchTerms.of("支援 hỗ trợ " + "x".repeat(SearchTerms.MAX_TERM_LENGTH + 1)));
    }
}
