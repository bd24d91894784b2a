package vn.loa.checker;

import java.util.List;
import java.util.Set;
import vn.loa.text.SyllableTokenizer;
import vn.loa.text.Token;
import vn.loa.text.VietText;

/**
 * The whole text of one block of a page (a paragraph, heading, caption, alt text...), with its
 * syllables and sentence boundaries. Inline tags are already joined, so phrases cross {@code <em>}.
 */
final class TextBlock {
    /** Abbreviations whose full stop does not end a sentence (TP. Huế, ThS. Lan). */
    private static final Set<String> ABBREVIATIONS = Set.of("tp", "ths", "ts", "pgs", "gs", "bs", "ks", "q", "p", "tt", "v", "mr", "ms", "st");

    private final Scope scope;
    private final String text;
    private final List<Token> tokens;
    private final int[] sentenceOf;
    private final int sentenceCount;
    private final KeyedTokens keyed;
    private final List<Suppression> suppressions;

    TextBlock(Scope scope, String rawText, List<Suppression> suppressions) {
        this.scope = scope;
        this.text = collapseSpaces(VietText.clean(rawText));
        this.tokens = SyllableTokenizer.tokenize(text);
        this.sentenceOf = new int[tokens.size()];
        this.sentenceCount = splitSentences();
        this.keyed = KeyedTokens.of(tokens, sentenceOf);
        this.suppressions = suppressions;
    }

    /** The same text in another scope; the text is already clean, so its tokens and sentences carry over. */
    private TextBlock(TextBlock other, Scope scope) {
        this.scope = scope;
        this.text = other.text;
        this.tokens = other.tokens;
        this.sentenceOf = other.sentenceOf;
        this.sentenceCount = other.sentenceCount;
        this.keyed = other.keyed;
        this.suppressions = other.suppressions;
    }

    TextBlock withScope(Scope newScope) {
        return new TextBlock(this, newScope);
    }

    /** No leading, trailing or repeated spaces. */
    private static String collapseSpaces(String s) {
        char[] out = new char[s.length()];
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' || (length > 0 && out[length - 1] != ' ')) {
                out[length++] = c;
            }
        }
        while (length > 0 && out[length - 1] == ' ') {
            length--;
        }
        return new String(out, 0, length);
    }

    private int splitSentences() {
        int sentence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && endsSentence(i)) {
                sentence++;
            }
            sentenceOf[i] = sentence;
        }
        return tokens.isEmpty() ? 0 : sentence + 1;
    }

    /** Whether the gap before token {@code i} closes a sentence. Reads the gap in place: it runs for every token. */
    private boolean endsSentence(int i) {
        Token prev = tokens.get(i - 1);
        int from = prev.end();
        int to = tokens.get(i).start();
        boolean dot = false;
        boolean space = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '!' || c == '?' || c == '…' || c == ';' || c == '\n') {
                return true;
            }
            dot |= c == '.';
            space |= c == ' ';
        }
        if (!dot || !space) {
            return false; // "1.000", "N.T.H" and "v.v" keep going
        }
        return !isInitial(text, prev) && !ABBREVIATIONS.contains(prev.key());
    }

    /**
     * An initial: one capital letter (T.), or a capitalised cluster of consonants without a vowel, as
     * Vietnamese initials are written (Ng., Th., Tr., Kh., Ph.): no word is spelled without a vowel.
     */
    static boolean isInitial(String text, Token t) {
        int length = t.end() - t.start();
        if (!t.capitalized() || t.numeric() || length > 3) {
            return false;
        }
        for (int k = t.start(); k < t.end(); k++) {
            if ("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
                    .indexOf(text.charAt(k)) >= 0) {
                return length == 1;
            }
        }
        return true;
    }

    Scope scope() {
        return scope;
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    int[] sentenceOf() {
        return sentenceOf;
    }

    int sentenceCount() {
        return sentenceCount;
    }

    /** The tokens with their syllable ids, for phrase matching. */
    KeyedTokens keyed() {
        return keyed;
    }

    List<Suppression> suppressions() {
        return suppressions;
    }

    /** The words of tokens {@code [start, end)} exactly as written. */
    String span(int start, int end) {
        return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    }

    /** The sentence holding token {@code index}, as written, for a finding's context. */
    String sentenceText(int index) {
        int s = sentenceOf[index];
        int first = index;
        while (first > 0 && sentenceOf[first - 1] == s) {
            first--;
        }
        int last = index;
        while (last + 1 < tokens.size() && sentenceOf[last + 1] == s) {
            last++;
        }
        int from = first == 0 ? 0 : tokens.get(first).start();
        int to = last + 1 < tokens.size() ? tokens.get(last + 1).start() : text.length();
        return text.substring(from, to).trim();
    }

    /** Characters between two tokens (punctuation, quotes, colons). */
    String gapBefore(int index) {
        int from = index == 0 ? 0 : tokens.get(index - 1).end();
        return text.substring(from, tokens.get(index).start());
    }

    String gapAfter(int index) {
        int to = index + 1 < tokens.size() ? tokens.get(index + 1).start() : text.length();
        return text.substring(tokens.get(index).end(), to);
    }
}
