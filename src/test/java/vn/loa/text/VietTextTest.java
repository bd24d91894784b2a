package vn.loa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietTextTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void nfcAndNfdGiveTheSameKey() {
        assertEquals(VietText.key("Bình đẳng giới"), VietText.key(nfd("Bình đẳng giới")));
        assertEquals("binh` đăng? giơi'", VietText.key("Bình đẳng giới"));
    }

    @Test
    void bothTonePlacementStylesMeet() {
        assertEquals(VietText.key("hòa"), VietText.key("hoà"));
        assertEquals(VietText.key("thúy"), VietText.key("thuý"));
        assertEquals(VietText.key("Ủy ban"), VietText.key("Uỷ ban"));
        assertEquals(VietText.key("khỏe"), VietText.key("khoẻ"));
    }

    @Test
    void iAndYSpellingsMeet() {
        assertEquals(VietText.key("bác sĩ"), VietText.key("bác sỹ"));
        assertEquals(VietText.key("kĩ sư"), VietText.key("kỹ sư"));
        assertEquals(VietText.key("lí do"), VietText.key("lý do"));
        assertEquals(VietText.key("quy định"), VietText.key("qui định"));
        // "uy" is a real diphthong, not a spelling variant
        assertNotEquals(VietText.key("tuy"), VietText.key("tui"));
    }

    @Test
    void tonesAreNeverStripped() {
        assertNotEquals(VietText.key("bà"), VietText.key("ba"));
        assertNotEquals(VietText.key("bà"), VietText.key("bá"));
        assertNotEquals(VietText.key("ba"), VietText.key("bá"));
        assertNotEquals(VietText.key("đa"), VietText.key("da"));
    }

    @Test
    void caseFoldsIncludingDStroke() {
        assertEquals(VietText.key("đàn ông"), VietText.key("ĐÀN ÔNG"));
        assertEquals("đi", VietText.key("Đi"));
    }

    @Test
    void spacesAndZeroWidthCharacters() {
        assertEquals(VietText.key("bạo lực"), VietText.key("bạo\u00A0lực"));
        assertEquals(VietText.key("bạo lực"), VietText.key("bạo\u2009lực"));
        assertEquals(VietText.key("bạo lực"), VietText.key("bạ\u200Bo lực"));
        assertEquals("a b", VietText.clean("a\u202Fb\u200D"));
    }

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "Chị <em>Hoa</em>, 35 tuổi.";
        List<Token> tokens = SyllableTokenizer.tokenize(text);
        assertEquals("Chị", text.substring(tokens.get(0).start(), tokens.get(0).end()));
        Token hoa = tokens.get(2);
        assertEquals("Hoa", text.substring(hoa.start(), hoa.end()));
        assertEquals(true, hoa.capitalized());
        Token age = tokens.stream().filter(Token::numeric).findFirst().orElseThrow();
        assertEquals("35", text.substring(age.start(), age.end()));
    }

    @Test
    void tokenOffsetsWorkOnDecomposedInput() {
        String text = nfd("Người phụ nữ");
        List<Token> tokens = SyllableTokenizer.tokenize(text);
        assertEquals(3, tokens.size());
        assertEquals(nfd("phụ"), text.substring(tokens.get(1).start(), tokens.get(1).end()));
        assertEquals(VietText.key("phụ"), tokens.get(1).key());
    }
}
