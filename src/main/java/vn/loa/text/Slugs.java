package vn.loa.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * ASCII URL slugs from Vietnamese text: "Bình đẳng giới" -> "binh-dang-gioi".
 *
 * <p>Removing diacritics is right for URLs (they must be plain ASCII so that they survive Zalo,
 * Facebook and SMS intact), never for matching text: see the checker's normaliser for that.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ are letters of their own, not d plus a combining mark, so NFD does not split them.
        String folded = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean pendingDash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(lower);
                pendingDash = false;
            } else {
                pendingDash = true;
            }
        }
        return trimToLength(slug.toString());
    }

    /** A slug an officer wrote by hand must already be one: lower-case ASCII words joined by single dashes. */
    public static boolean isValid(String slug) {
        return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= MAX_LENGTH;
    }

    private static String trimToLength(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH);
        int lastDash = cut.lastIndexOf('-');
        return (lastDash > 20 ? cut.substring(0, lastDash) : cut).toLowerCase(Locale.ROOT);
    }
}
