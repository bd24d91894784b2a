package vn.loa.infographic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaletteTest {

    @Test
    void contrastFollowsWcag() {
        assertEquals(21.0, Palette.contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, Palette.contrast("#7a1f4b", "#7a1f4b"), 0.001);
        assertEquals(4.54, Palette.contrast("#767676", "#ffffff"), 0.01);
    }

    @Test
    void everyTextColourReachesAaOnEveryBackgroundItIsDrawnOn() {
        for (String text : new String[] {Palette.TEXT, Palette.MUTED_TEXT}) {
            assertAa(text, Palette.BACKGROUND);
            assertAa(text, Palette.CARD);
            assertAa(text, Palette.TRACK);
        }
        for (String series : Palette.SERIES) {
            assertAa(series, Palette.BACKGROUND);
            assertAa(series, Palette.CARD);
        }
        // Empty pictogram people and the timeline spine: shapes, which need 3:1 (WCAG 1.4.11); they get 4.5.
        assertAa(Palette.OUTLINE, Palette.BACKGROUND);
    }

    private static void assertAa(String foreground, String background) {
        double ratio = Palette.contrast(foreground, background);
        assertTrue(ratio >= 4.5, foreground + " on " + background + " is only " + ratio);
    }
}
