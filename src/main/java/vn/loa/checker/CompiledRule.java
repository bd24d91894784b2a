package vn.loa.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.loa.text.SyllableTokenizer;
import vn.loa.text.Token;

/** A rule with its context conditions turned into syllable keys, ready for matching. */
final class CompiledRule {
    private final Rule rule;
    private final List<String[]> notBefore;
    private final List<String[]> notAfter;
    private final PhraseIndex<Boolean> exceptions;
    private final PhraseIndex<Boolean> unlessNear;
    private final PhraseIndex<Boolean> onlyNear;

    CompiledRule(Rule rule, PhrasePattern.WordClasses classes) {
        this.rule = rule;
        this.notBefore = keySequences(rule.notBefore());
        this.notAfter = keySequences(rule.notAfter());
        this.exceptions = indexOf(rule.exceptions(), classes);
        this.unlessNear = indexOf(rule.unlessNear(), classes);
        this.onlyNear = indexOf(rule.onlyNear(), classes);
    }

    private static PhraseIndex<Boolean> indexOf(List<String> phrases, PhrasePattern.WordClasses classes) {
        PhraseIndex<Boolean> index = new PhraseIndex<>(classes);
        phrases.forEach(p -> index.add(p, Boolean.TRUE));
        return index;
    }

    Rule rule() {
        return rule;
    }

    private static List<String[]> keySequences(List<String> phrases) {
        List<String[]> out = new ArrayList<>();
        for (String p : phrases) {
            out.add(SyllableTokenizer.tokenize(p).stream().map(Token::key).toArray(String[]::new));
        }
        return out;
    }

    /** True when a listed context word sits right before the match ("đô thị", "thành thị"). */
    boolean blockedBefore(List<Token> tokens, int start) {
        for (String[] seq : notAfter) {
            if (endsAt(tokens, start, seq)) {
                return true;
            }
        }
        return false;
    }

    /** True when a listed context word follows the match ("thị trấn", "bà con"). */
    boolean blockedAfter(List<Token> tokens, int end) {
        for (String[] seq : notBefore) {
            if (startsAt(tokens, end, seq)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAt(List<Token> tokens, int end, String[] seq) {
        int from = end - seq.length;
        return from >= 0 && startsAt(tokens, from, seq);
    }

    private static boolean startsAt(List<Token> tokens, int at, String[] seq) {
        if (seq.length == 0 || at + seq.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < seq.length; i++) {
            if (!tokens.get(at + i).key().equals(seq[i])) {
                return false;
            }
        }
        return true;
    }

    /** An exception phrase covering the match ("Hai Bà Trưng" for a rule on "bà"). */
    boolean coveredByException(TextBlock block, int start, int end) {
        return anyHit(exceptions, block, h -> h.start() < end && start < h.end());
    }

    /** A rule-specific cue in the given sentences silences the rule. */
    boolean cueNear(TextBlock block, int firstSentence, int lastSentence) {
        return inSentences(unlessNear, block, firstSentence, lastSentence);
    }

    /**
     * Whether the context the rule needs is there ({@code only_near}: "có tình cảm" is a euphemism for
     * abuse only where a child is spoken of). A rule without {@code only_near} needs nothing.
     */
    boolean contextNear(TextBlock block, int firstSentence, int lastSentence) {
        return onlyNear.isEmpty() || inSentences(onlyNear, block, firstSentence, lastSentence);
    }

    private static boolean inSentences(PhraseIndex<Boolean> index, TextBlock block, int firstSentence, int lastSentence) {
        return anyHit(index, block, h -> {
            int s = block.sentenceOf()[h.start()];
            return s >= firstSentence && s <= lastSentence;
        });
    }

    private static boolean anyHit(PhraseIndex<Boolean> index, TextBlock block, Predicate<PhraseIndex.Hit<Boolean>> test) {
        return !index.isEmpty() && index.findAll(block).stream().anyMatch(test);
    }
}
