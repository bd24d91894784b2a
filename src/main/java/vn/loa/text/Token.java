package vn.loa.text;

/**
 * One syllable (or number, or other run of letters and digits) with its position in the original text.
 * {@code start}/{@code end} index the text that was tokenised, so a match can be shown as written.
 */
public final class Token {
    private final String key;
    private final int start;
    private final int end;
    private final boolean capitalized;
    private final boolean numeric;

    public Token(String key, int start, int end, boolean capitalized, boolean numeric) {
        this.key = key;
        this.start = start;
        this.end = end;
        this.capitalized = capitalized;
        this.numeric = numeric;
    }

    /** Canonical comparison key (see {@link VietText#syllableKey(CharSequence)}). */
    public String key() {
        return key;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** First letter upper-case in the original text (names, sentence starts, places). */
    public boolean capitalized() {
        return capitalized;
    }

    /** Only digits. */
    public boolean numeric() {
        return numeric;
    }

    @Override
    public String toString() {
        return key + "@" + start + "-" + end;
    }
}
