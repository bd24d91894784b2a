package vn.loa.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into syllables: maximal runs of letters, digits and combining marks. Zero-width
 * characters inside a run are skipped (they are invisible); every other character separates.
 * Works on NFC and NFD input alike, and offsets always point into the text given.
 */
public final class SyllableTokenizer {

    /**
     * Character classes of the chars below TABLE_SIZE (Latin and Vietnamese letters, combining
     * marks), so the per-char loop reads an array instead of Character's property tables.
     */
    private static final int TABLE_SIZE = 0x2000;
    private static final byte WORD = 1;
    private static final byte DIGIT = 2;
    private static final byte[] CLASS = new byte[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            char ch = (char) c;
            if (Character.isLetterOrDigit(ch) || VietText.isCombining(ch)) {
                CLASS[c] |= WORD;
            }
            if (Character.isDigit(ch)) {
                CLASS[c] |= DIGIT;
            }
        }
    }

    private SyllableTokenizer() {
    }

    public static List<Token> tokenize(CharSequence text) {
        List<Token> out = new ArrayList<>(Math.max(8, text.length() / 4));
        forEachSpan(text, (start, end, numeric) -> out.add(new Token(VietText.syllableKey(text, start, end), start, end,
            Character.isUpperCase(text.charAt(start)), numeric)));
        return out;
    }

    /** Where each syllable of a text is, for callers that need no {@link Token} (and no key) for most of them. */
    @FunctionalInterface
    public interface SpanSink {
        /** {@code text[start,end)} is a syllable; {@code numeric} when it holds only digits. */
        void accept(int start, int end, boolean numeric);
    }

    /** The syllables {@link #tokenize} finds, in order, as spans of {@code text}. */
    public static void forEachSpan(CharSequence text, SpanSink sink) {
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
                    if (!isDigit(d) && !VietText.isZeroWidth(d)) {
                        numeric = false;
                    }
                    i++;
                } else {
                    break;
                }
            }
            sink.accept(start, i, numeric);
        }
    }

    private static boolean isWordChar(char c) {
        if (c < TABLE_SIZE) {
            return (CLASS[c] & WORD) != 0;
        }
        return Character.isLetterOrDigit(c) || VietText.isCombining(c);
    }

    private static boolean isDigit(char c) {
        return c < TABLE_SIZE ? (CLASS[c] & DIGIT) != 0 : Character.isDigit(c);
    }
}
