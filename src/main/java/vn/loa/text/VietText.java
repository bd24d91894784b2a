package vn.loa.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text normalisation for matching. Nothing here rewrites a page: the functions build
 * comparison keys only.
 *
 * <p>A syllable key is the lower-cased, NFC syllable with its tone mark moved to a suffix character.
 * Moving the tone makes both tone-placement styles (hòa/hoà, thúy/thuý) produce the same key while
 * keeping tones distinct (bà, ba and bá stay three keys). A final "y" after a consonant onset is
 * written "i" so that the two i/y spellings (sĩ/sỹ, kĩ/kỹ, lí/lý) meet.
 */
public final class VietText {

    /** Suffixes for the five marked tones: huyền, sắc, hỏi, ngã, nặng. */
    private static final char[] TONE_SUFFIX = {0, '`', '\'', '?', '~', '.'};

    private static final int TABLE_SIZE = 0x2000;
    /** Lower-case base letter (tone removed, vowel quality kept) for each BMP char below TABLE_SIZE; 0 = use slow path. */
    private static final char[] BASE = new char[TABLE_SIZE];
    /** Tone index (1..5) carried by each char, 0 for none. */
    private static final byte[] TONE = new byte[TABLE_SIZE];

    /** Chars below TABLE_SIZE that are combining marks or spaces, so the per-char tests skip Character's look-ups. */
    private static final boolean[] COMBINING = new boolean[TABLE_SIZE];
    private static final boolean[] SPACE = new boolean[TABLE_SIZE];
    /**
     * Chars below TABLE_SIZE that NFC never changes nor combines with a neighbour: not a mark, not a
     * Hangul jamo (a jamo vowel or final joins the syllable before it), and NFC of the char alone is
     * itself. Text made only of these is already NFC.
     */
    private static final boolean[] NFC_INERT = new boolean[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            COMBINING[c] = combiningByType((char) c);
            SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
            String alone = String.valueOf((char) c);
            NFC_INERT[c] = !COMBINING[c] && !(c >= 0x1100 && c <= 0x11FF)
                    && Normalizer.normalize(alone, Normalizer.Form.NFC).equals(alone);
        }
        for (int c = 0; c < TABLE_SIZE; c++) {
            Toneless t = stripTone(String.valueOf((char) c));
            // A combining char itself never takes the table path: its key depends on its neighbours.
            if (t.base().length() == 1 && !isCombining(t.base().charAt(0)) && !COMBINING[c]) {
                BASE[c] = t.base().charAt(0);
                TONE[c] = (byte) t.tone();
            }
        }
    }

    /** A syllable without its tone mark (lower-case, NFC, vowel quality kept) and the tone removed. */
    private record Toneless(String base, int tone) {
    }

    /** Decomposes, takes the tone mark out wherever it sits, and composes the rest again. */
    private static Toneless stripTone(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder rest = new StringBuilder(nfd.length());
        int tone = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            int t = toneOfMark(c);
            if (t > 0) {
                tone = t;
            } else if (!isZeroWidth(c)) {
                rest.append(c);
            }
        }
        return new Toneless(Normalizer.normalize(rest, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), tone);
    }

    private VietText() {
    }

    private static int toneOfMark(char c) {
        switch (c) {
            case '\u0300': return 1; // huyền
            case '\u0301': return 2; // sắc
            case '\u0309': return 3; // hỏi
            case '\u0303': return 4; // ngã
            case '\u0323': return 5; // nặng
            default: return 0;
        }
    }

    static boolean isCombining(char c) {
        return c < TABLE_SIZE ? COMBINING[c] : combiningByType(c);
    }

    private static boolean combiningByType(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Zero-width characters are dropped everywhere: they are invisible and break matching. */
    public static boolean isZeroWidth(char c) {
        if (c < '\u200B') {
            return c == '\u00AD'; // most text is below U+200B: one comparison
        }
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Any Unicode space (no-break, thin, ideographic, ...) or control whitespace. */
    public static boolean isSpace(char c) {
        if (c < TABLE_SIZE) {
            return SPACE[c];
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** NFC, every Unicode space as a plain space, zero-width characters removed. Case and tones kept. */
    public static String clean(String text) {
        String nfc = isSurelyNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] out = new char[nfc.length()];
        int length = 0;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            out[length++] = isSpace(c) ? ' ' : c;
        }
        return new String(out, 0, length);
    }

    /**
     * True when every char is one that NFC leaves alone whatever surrounds it, as precomposed
     * Vietnamese text is; the normaliser copies the whole text even when nothing changes.
     */
    private static boolean isSurelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= TABLE_SIZE || !NFC_INERT[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical key of one syllable held in {@code text[start,end)}. Called for every syllable of
     * every page, so the common case fills a char array from the tables instead of a StringBuilder.
     */
    public static String syllableKey(CharSequence text, int start, int end) {
        char[] key = new char[end - start + 1]; // room for the tone suffix
        int length = 0;
        int tone = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isZeroWidth(c)) {
                continue;
            }
            if (c >= TABLE_SIZE || BASE[c] == 0) {
                return slowKey(text.subSequence(start, end).toString());
            }
            key[length++] = BASE[c];
            if (TONE[c] != 0) {
                tone = TONE[c];
            }
        }
        return finish(key, length, tone);
    }

    public static String syllableKey(CharSequence syllable) {
        return syllableKey(syllable, 0, syllable.length());
    }

    /** Decomposed or unusual input: the table cannot help, so strip the tone the slow way. */
    private static String slowKey(String syllable) {
        Toneless t = stripTone(syllable);
        String base = t.base();
        char[] key = new char[base.length() + 1];
        base.getChars(0, base.length(), key, 0);
        return finish(key, base.length(), t.tone());
    }

    /** {@code key} holds the toneless base in its first {@code length} chars and has room for one more. */
    private static String finish(char[] key, int length, int tone) {
        foldFinalY(key, length);
        if (tone != 0) {
            key[length++] = TONE_SUFFIX[tone];
        }
        return new String(key, 0, length);
    }

    /** sỹ → sĩ, kỹ → kĩ, lý → lí, quy → qui; "uy" in thuý/huy stays because u is a vowel there. */
    private static void foldFinalY(char[] base, int n) {
        if (n < 2 || base[n - 1] != 'y') {
            return;
        }
        char before = base[n - 2];
        boolean quOnset = n == 3 && base[0] == 'q' && before == 'u';
        if (quOnset || (Character.isLetter(before) && !isVowel(before))) {
            base[n - 1] = 'i';
        }
    }

    private static boolean isVowel(char c) {
        return "aăâeêioôơuưy".indexOf(c) >= 0;
    }

    /** Normalised key of a phrase or sentence: its syllable keys joined by single spaces. */
    public static String key(String text) {
        StringBuilder sb = new StringBuilder();
        for (Token t : SyllableTokenizer.tokenize(text)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.key());
        }
        return sb.toString();
    }
}
