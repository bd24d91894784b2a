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
    private final PhraseIndex<Boolean> exceptions = new PhraseIndex<>();
    private final PhraseIndex<Boolean> unlessNear = new PhraseIndex<>();

    CompiledRule(Rule rule) {
        this.rule = rule;
        this.notBefore = keySequences(rule.notBefore());
        this.notAfter = keySequences(rule.notAfter());
        rule.exceptions().forEach(p -> exceptions.add(p, Boolean.TRUE));
        rule.unlessNear().forEach(p -> unlessNear.add(p, Boolean.TRUE));
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
        return anyHit(unlessNear, block, h -> {
            int s = block.sentenceOf()[h.start()];
            return s >= firstSentence && s <= lastSentence;
        });
    }

    private static boolean anyHit(PhraseIndex<Boolean> index, TextBlock block, Predicate<PhraseIndex.Hit<Boolean>> test) {
        return !index.isEmpty() && index.findAll(block).stream().anyMatch(test);
    }
}
