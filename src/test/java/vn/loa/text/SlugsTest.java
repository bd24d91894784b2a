package vn.loa.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {
    @Test
    void vietnameseTitlesBecomeAsciiSlugs() {
        assertEquals("binh-dang-gioi", Slugs.of("Bình đẳng giới"));
        assertEquals("dia-chi-tin-cay-nha-tam-lanh", Slugs.of("Địa chỉ tin cậy – nhà tạm lánh"));
        assertEquals("thang-hanh-dong-15-11-15-12", Slugs.of("Tháng hành động (15/11 - 15/12)"));
        assertEquals("uy-ban-nhan-dan", Slugs.of("ỦY BAN NHÂN DÂN"));
    }

    @Test
    void decomposedAndOldStyleToneMarksGiveTheSameSlug() {
        String nfd = Normalizer.normalize("Hòa giải ở cơ sở", Normalizer.Form.NFD);
        assertEquals(Slugs.of("Hòa giải ở cơ sở"), Slugs.of(nfd));
        assertEquals(Slugs.of("Hoà giải"), Slugs.of("Hòa giải"));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.of("Một tiêu đề rất dài ".repeat(10));
        assertTrue(slug.length() <= 80);
        assertFalse(slug.endsWith("-"));
    }

    @Test
    void validSlugs() {
        assertTrue(Slugs.isValid("binh-dang-gioi-2026"));
        assertFalse(Slugs.isValid("Bình-đẳng"));
        assertFalse(Slugs.isValid("a--b"));
    }
}
