package vn.loa.checker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.loa.text.SyllableTokenizer;
import vn.loa.text.Token;
import vn.loa.text.VietText;

/**
 * A phrase from a rule file, compiled to syllable keys. The small syntax officers may use:
 * <ul>
 *   <li>{@code (a|b c)} — one of several words: {@code (vợ|người vợ) phải nấu cơm};
 *       an empty choice makes the group optional: {@code (thì|) phải};</li>
 *   <li>{@code *} — up to three other syllables in between (same sentence);</li>
 *   <li>{@code <số>} — any number (tuổi, lớp, số nhà); not "#", which starts a YAML comment.</li>
 * </ul>
 * A pattern is a list of slots; each slot is a gap or a set of choices (each a syllable sequence).
 * Matching never leaves the sentence it started in.
 */
final class PhrasePattern {
    static final String NUMBER = "<số>";
    static final int MAX_GAP = 3;
    private static final String GAP = "*";

    /**
     * One position: either a gap, or choices of syllable sequences (possibly empty). Choices are
     * also filed by their first syllable so a slot with fifty choices costs one hash look-up.
     */
    private record Slot(boolean gap, List<String[]> choices, Map<String, List<String[]>> byFirst,
                        List<String[]> numberFirst, boolean hasEmpty) {

        static Slot gapSlot() {
            return new Slot(true, List.of(), Map.of(), List.of(), true);
        }

        static Slot of(List<String[]> choices) {
            Map<String, List<String[]>> byFirst = new HashMap<>();
            List<String[]> numberFirst = new ArrayList<>();
            boolean empty = false;
            for (String[] c : choices) {
                if (c.length == 0) {
                    empty = true;
                } else if (c[0].equals(NUMBER)) {
                    numberFirst.add(c);
                } else {
                    byFirst.computeIfAbsent(c[0], k -> new ArrayList<>()).add(c);
                }
            }
            return new Slot(false, choices, byFirst, numberFirst, empty);
        }

        boolean optional() {
            return hasEmpty;
        }
    }

    private final String source;
    private final List<Slot> slots;

    private PhrasePattern(String source, List<Slot> slots) {
        this.source = source;
        this.slots = slots;
    }

    String source() {
        return source;
    }

    static PhrasePattern compile(String written) {
        List<Slot> slots = new ArrayList<>();
        String s = VietText.clean(written).trim();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') {
                int close = s.indexOf(')', i);
                if (close < 0) {
                    throw new IllegalArgumentException("thiếu dấu ')' trong cụm từ: " + written);
                }
                List<String[]> choices = new ArrayList<>();
                for (String option : s.substring(i + 1, close).split("\\|", -1)) {
                    choices.add(keysOf(option.trim(), written));
                }
                slots.add(Slot.of(choices));
                i = close + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int stop = i;
                while (stop < s.length() && !Character.isWhitespace(s.charAt(stop)) && s.charAt(stop) != '(') {
                    stop++;
                }
                String word = s.substring(i, stop);
                if (word.equals(GAP)) {
                    slots.add(Slot.gapSlot());
                } else {
                    for (String key : keysOf(word, written)) {
                        slots.add(Slot.of(List.<String[]>of(new String[] {key})));
                    }
                }
                i = stop;
            }
        }
        while (!slots.isEmpty() && slots.get(0).gap()) {
            slots.remove(0);
        }
        while (!slots.isEmpty() && slots.get(slots.size() - 1).gap()) {
            slots.remove(slots.size() - 1);
        }
        PhrasePattern p = new PhrasePattern(written, slots);
        if (slots.isEmpty() || p.firstKeys().isEmpty() || p.firstKeys().contains("")) {
            throw new IllegalArgumentException("cụm từ không có từ bắt buộc ở đầu: '" + written + "'");
        }
        return p;
    }

    private static String[] keysOf(String piece, String written) {
        List<String> keys = new ArrayList<>();
        for (String word : piece.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals(NUMBER) || word.equals("<so>")) {
                keys.add(NUMBER);
            } else if (word.equals(GAP)) {
                throw new IllegalArgumentException("không dùng '*' bên trong ngoặc: " + written);
            } else {
                for (Token t : SyllableTokenizer.tokenize(word)) {
                    keys.add(t.key());
                }
            }
        }
        return keys.toArray(new String[0]);
    }

    /** Syllable keys a match can start with (the index files the pattern under each). */
    Set<String> firstKeys() {
        Set<String> out = new LinkedHashSet<>();
        for (Slot slot : slots) {
            if (slot.gap()) {
                break;
            }
            for (String[] choice : slot.choices()) {
                if (choice.length > 0) {
                    out.add(choice[0]);
                }
            }
            if (!slot.optional()) {
                return out;
            }
        }
        out.add(""); // every slot optional: not allowed, reported by compile
        return out;
    }

    /** Tries a match starting at token {@code at}; returns the exclusive end index or -1 (never empty). */
    int matchAt(List<Token> tokens, int[] sentenceOf, int at) {
        return match(tokens, sentenceOf, at, 0, sentenceOf[at], at);
    }

    private int match(List<Token> tokens, int[] sentenceOf, int pos, int slotIndex, int sentence, int start) {
        if (slotIndex == slots.size()) {
            return pos > start ? pos : -1;
        }
        Slot slot = slots.get(slotIndex);
        if (slot.gap()) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                if (skip > 0 && (pos + skip - 1 >= tokens.size() || sentenceOf[pos + skip - 1] != sentence)) {
                    return -1;
                }
                int end = match(tokens, sentenceOf, pos + skip, slotIndex + 1, sentence, start);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        int best = -1;
        if (slot.hasEmpty()) {
            best = match(tokens, sentenceOf, pos, slotIndex + 1, sentence, start);
        }
        if (pos >= tokens.size() || sentenceOf[pos] != sentence) {
            return best;
        }
        Token here = tokens.get(pos);
        List<String[]> candidates = slot.byFirst().get(here.key());
        if (candidates != null) {
            best = Math.max(best, tryChoices(candidates, tokens, sentenceOf, pos, slotIndex, sentence, start));
        }
        if (here.numeric() && !slot.numberFirst().isEmpty()) {
            best = Math.max(best, tryChoices(slot.numberFirst(), tokens, sentenceOf, pos, slotIndex, sentence, start));
        }
        return best;
    }

    private int tryChoices(List<String[]> choices, List<Token> tokens, int[] sentenceOf, int pos, int slotIndex,
                           int sentence, int start) {
        int best = -1;
        for (String[] choice : choices) {
            if (matchesChoice(tokens, sentenceOf, pos, choice, sentence)) {
                best = Math.max(best, match(tokens, sentenceOf, pos + choice.length, slotIndex + 1, sentence, start));
            }
        }
        return best;
    }

    private static boolean matchesChoice(List<Token> tokens, int[] sentenceOf, int pos, String[] choice, int sentence) {
        if (pos + choice.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < choice.length; k++) {
            Token t = tokens.get(pos + k);
            if (sentenceOf[pos + k] != sentence) {
                return false;
            }
            boolean ok = choice[k].equals(NUMBER) ? t.numeric() : choice[k].equals(t.key());
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
