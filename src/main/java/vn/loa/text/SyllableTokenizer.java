package vn.loa.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into syllables: maximal runs of letters, digits and combining marks. Zero-width
 * characters inside a run are skipped (they are invisible); every other character separates.
 * Works on NFC and NFD input alike, and offsets always point into the text given.
 */
public final class SyllableTokenizer {

    private SyllableTokenizer() {
    }

    public static List<Token> tokenize(CharSequence text) {
        List<Token> out = new ArrayList<>(Math.max(8, text.length() / 4));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean numeric = true;
            while (i < n) {
                char d = text.charAt(i);
                if (isWordChar(d) || (VietText.isZeroWidth(d) && i + 1 < n && isWordChar(text.charAt(i + 1)))) {
                    if (!Character.isDigit(d) && !VietText.isZeroWidth(d)) {
                        numeric = false;
                    }
                    i++;
                } else {
                    break;
                }
            }
            out.add(new Token(VietText.syllableKey(text, start, i), start, i,
                    Character.isUpperCase(c), numeric));
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || (VietText.isCombining(c));
    }
}
