package vn.loa.checker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loa.text.SyllableTokenizer;
import vn.loa.text.Token;
import vn.loa.text.VietText;

/**
 * A phrase from a rule file, compiled to syllable ids. The small syntax officers may use:
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
    /** The number placeholder's id: no page syllable has it, since "<" never belongs to a syllable. */
    static final int NUMBER_ID = SyllableIds.register(NUMBER);
    static final int MAX_GAP = 3;
    private static final String GAP = "*";

    /**
     * One position: either a gap, or choices of syllable-id sequences. An empty choice is not kept
     * as a sequence but makes the slot optional. {@code firsts[c]} is {@code choices[c][0]}, in one
     * array so that a slot with fifty choices is a short scan of ints.
     */
    private record Slot(boolean gap, int[][] choices, int[] firsts, boolean optional) {

        static Slot gapSlot() {
            return new Slot(true, new int[0][], new int[0], true);
        }

        static Slot of(List<int[]> choices) {
            List<int[]> words = new ArrayList<>();
            boolean empty = false;
            for (int[] c : choices) {
                if (c.length == 0) {
                    empty = true;
                } else {
                    words.add(c);
                }
            }
            int[] firsts = new int[words.size()];
            for (int i = 0; i < firsts.length; i++) {
                firsts[i] = words.get(i)[0];
            }
            return new Slot(false, words.toArray(new int[0][]), firsts, empty);
        }
    }

    private final String source;
    private final Slot[] slots;
    private final int maxId;

    private PhrasePattern(String source, List<Slot> slots) {
        this.source = source;
        this.slots = slots.toArray(new Slot[0]);
        int max = NUMBER_ID;
        for (Slot slot : this.slots) {
            for (int[] choice : slot.choices()) {
                for (int id : choice) {
                    max = Math.max(max, id);
                }
            }
        }
        this.maxId = max;
    }

    String source() {
        return source;
    }

    /** The largest syllable id the pattern compares with. */
    int maxId() {
        return maxId;
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
                List<int[]> choices = new ArrayList<>();
                for (String option : s.substring(i + 1, close).split("\\|", -1)) {
                    choices.add(idsOf(option.trim(), written));
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
                    for (int id : idsOf(word, written)) {
                        slots.add(Slot.of(List.<int[]>of(new int[] {id})));
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
        if (slots.isEmpty() || !p.startsWithRequiredWord()) {
            throw new IllegalArgumentException("cụm từ không có từ bắt buộc ở đầu: '" + written + "'");
        }
        return p;
    }

    private static int[] idsOf(String piece, String written) {
        List<Integer> ids = new ArrayList<>();
        for (String word : piece.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals(NUMBER) || word.equals("<so>")) {
                ids.add(NUMBER_ID);
            } else if (word.equals(GAP)) {
                throw new IllegalArgumentException("không dùng '*' bên trong ngoặc: " + written);
            } else {
                for (Token t : SyllableTokenizer.tokenize(word)) {
                    ids.add(SyllableIds.register(t.key()));
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A slot that is not optional comes before the first gap: a match can never be empty or start with a gap. */
    private boolean startsWithRequiredWord() {
        for (Slot slot : slots) {
            if (slot.gap()) {
                return false;
            }
            if (!slot.optional()) {
                return true;
            }
        }
        return false;
    }

    /** Syllable ids a match can start with, without repeats (the index files the pattern under each). */
    Set<Integer> firstIds() {
        Set<Integer> out = new LinkedHashSet<>();
        for (Slot slot : slots) {
            if (slot.gap()) {
                break;
            }
            for (int first : slot.firsts()) {
                out.add(first);
            }
            if (!slot.optional()) {
                break;
            }
        }
        return out;
    }

    /**
     * The ids the second token of a match may have when the first token has id {@code first}, or
     * null when a match may be one token long or skip words (a gap) there. A choice starting with
     * a number counts too, as the first token may be a number. Most tries of a pattern fail at the
     * second word, and this lets the index see that without running the matcher.
     */
    int[] secondIds(int first) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int j = 0; j < slots.length && !slots[j].gap(); j++) {
            for (int[] choice : slots[j].choices()) {
                if (choice[0] != first && choice[0] != NUMBER_ID) {
                    continue;
                }
                if (choice.length > 1) {
                    out.add(choice[1]);
                } else if (!addStartsFrom(j + 1, out)) {
                    return null;
                }
            }
            if (!slots[j].optional()) {
                break;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Adds the ids a match may go on with from slot {@code from}; false when it may end or skip there. */
    private boolean addStartsFrom(int from, Set<Integer> out) {
        for (int j = from; j < slots.length; j++) {
            if (slots[j].gap()) {
                return false;
            }
            for (int id : slots[j].firsts()) {
                out.add(id);
            }
            if (!slots[j].optional()) {
                return true;
            }
        }
        return false;
    }

    /** Tries a match starting at token {@code at}; returns the exclusive end index or -1 (never empty). */
    int matchAt(KeyedTokens text, int at) {
        return match(text, at, 0, text.sentenceOf()[at], at);
    }

    private int match(KeyedTokens text, int pos, int slotIndex, int sentence, int start) {
        if (slotIndex == slots.length) {
            return pos > start ? pos : -1;
        }
        int[] sentenceOf = text.sentenceOf();
        Slot slot = slots[slotIndex];
        if (slot.gap()) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                if (skip > 0 && (pos + skip - 1 >= text.size() || sentenceOf[pos + skip - 1] != sentence)) {
                    return -1;
                }
                int end = match(text, pos + skip, slotIndex + 1, sentence, start);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        int best = -1;
        if (slot.optional()) {
            best = match(text, pos, slotIndex + 1, sentence, start);
        }
        if (pos >= text.size() || sentenceOf[pos] != sentence) {
            return best;
        }
        int here = text.ids()[pos];
        int[] firsts = slot.firsts();
        for (int c = 0; c < firsts.length; c++) {
            boolean startsHere = firsts[c] == here || (firsts[c] == NUMBER_ID && text.numeric(pos));
            int[] choice = slot.choices()[c];
            if (startsHere && matchesChoice(text, pos, choice, sentence)) {
                best = Math.max(best, match(text, pos + choice.length, slotIndex + 1, sentence, start));
            }
        }
        return best;
    }

    private static boolean matchesChoice(KeyedTokens text, int pos, int[] choice, int sentence) {
        if (pos + choice.length > text.size()) {
            return false;
        }
        int[] ids = text.ids();
        int[] sentenceOf = text.sentenceOf();
        for (int k = 0; k < choice.length; k++) {
            if (sentenceOf[pos + k] != sentence) {
                return false;
            }
            boolean ok = choice[k] == NUMBER_ID ? text.numeric(pos + k) : choice[k] == ids[pos + k];
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
