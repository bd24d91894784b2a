package vn.loa.infographic;

import java.util.List;

/**
 * The colours charts and PNGs use. Every series colour reaches 4.5:1 against white, so a colour can
 * carry white text or stand as text on white; meaning is also carried by labels, values and hatching.
 */
public final class Palette {
    public static final String BACKGROUND = "#ffffff";
    public static final String TEXT = "#1f2328";
    public static final String MUTED_TEXT = "#4f5760";
    /** Empty pictogram outlines and scale tracks: visible shapes (3:1 is the rule for those), not text. */
    public static final String OUTLINE = "#57606a";
    public static final String TRACK = "#eaeef2";
    /** Card background for big numbers; values and labels on it still reach 4.5:1. */
    public static final String CARD = "#fbf4f7";

    /** Series colours in order: Loa maroon, blue, green, brown, violet, slate. */
    public static final List<String> SERIES = List.of("#7a1f4b", "#0b5cad", "#1a7332", "#9a3412", "#5b3f99", "#3d4752");

    private Palette() {
    }

    public static String series(int index) {
        return SERIES.get(index % SERIES.size());
    }

    /** WCAG 2.1 contrast ratio of two #rrggbb colours, 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = rgb(hex);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    public static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
