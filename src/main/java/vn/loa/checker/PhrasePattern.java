package vn.loa.checker;

import java.util.ArrayList;
import java.util.Arrays;
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
 *   <li>{@code *} — up to three other syllables in between (same sentence); {@code *6} — up to six;</li>
 *   <li>{@code <số>} — any number (tuổi, lớp, số nhà); not "#", which starts a YAML comment;</li>
 *   <li>{@code <name>} — any entry of the lexicon list {@code name} (a word class declared once and
 *       used by many phrases: {@code (do|vì) *4 <victim_conduct>}).</li>
 * </ul>
 * A pattern is a list of slots; each slot is a gap or a set of choices (each a syllable sequence).
 * Matching never leaves the sentence it started in.
 */
final class PhrasePattern {
    static final String NUMBER = "<số>";
    /** The number placeholder's id: no page syllable has it, since "<" never belongs to a syllable. */
    static final int NUMBER_ID = SyllableIds.register(NUMBER);
    static final int MAX_GAP = 3;
    /** The widest gap a phrase may ask for ({@code *8}); wider would reach across unrelated clauses. */
    static final int WIDEST_GAP = 8;
    private static final String GAP = "*";
    /** How many syllable sequences a word class may expand to in one slot. */
    private static final int MAX_CLASS_SEQUENCES = 4000;
    private static final int MAX_CLASS_DEPTH = 4;

    /** Resolves a word class name to the entries of that lexicon list; null when there is no such list. */
    interface WordClasses {
        WordClasses NONE = name -> null;

        List<String> entries(String name);
    }

    /**
     * One position: either a gap, or choices of syllable-id sequences. An empty choice is not kept
     * as a sequence but makes the slot optional. {@code firsts[c]} is {@code choices[c][0]}, in one
     * array so that a slot with fifty choices is a short scan of ints.
     */
    private record Slot(boolean gap, int width, int[][] choices, int[] firsts, boolean optional) {

        static Slot gapSlot(int width) {
            return new Slot(true, width, new int[0][], new int[0], true);
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
            return new Slot(false, 0, words.toArray(new int[0][]), firsts, empty);
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
        return compile(written, WordClasses.NONE);
    }

    static PhrasePattern compile(String written, WordClasses classes) {
        return compile(written, classes, 0);
    }

    private static PhrasePattern compile(String written, WordClasses classes, int depth) {
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
                    choices.addAll(sequencesOf(option.trim(), written, classes, depth));
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
                if (isGap(word)) {
                    slots.add(Slot.gapSlot(gapWidth(word, written)));
                } else if (isClassReference(word)) {
                    slots.add(Slot.of(classSequences(word, written, classes, depth)));
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

    private static boolean isGap(String word) {
        return word.startsWith(GAP) && word.substring(1).chars().allMatch(Character::isDigit);
    }

    private static int gapWidth(String word, String written) {
        if (word.length() == 1) {
            return MAX_GAP;
        }
        int width = Integer.parseInt(word.substring(1));
        if (width < 1 || width > WIDEST_GAP) {
            throw new IllegalArgumentException("khoảng cách '" + word + "' phải từ *1 đến *" + WIDEST_GAP + ": " + written);
        }
        return width;
    }

    /** {@code <name>}: a word class; {@code <số>} is the number placeholder, not a class. */
    private static boolean isClassReference(String word) {
        return word.length() > 2 && word.startsWith("<") && word.endsWith(">") && !word.equals(NUMBER) && !word.equals("<so>")
                && word.substring(1, word.length() - 1).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** A choice inside brackets: plain words, or words mixed with class references ("bị <harm_act>"). */
    private static List<int[]> sequencesOf(String option, String written, WordClasses classes, int depth) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[0]);
        for (String word : option.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<int[]> parts = isClassReference(word) ? classSequences(word, written, classes, depth) : List.of(idsOf(word, written));
            List<int[]> next = new ArrayList<>();
            for (int[] head : out) {
                for (int[] tail : parts) {
                    next.add(concat(head, tail));
                }
            }
            out = limited(next, word, written);
        }
        return out;
    }

    /**
     * Every syllable sequence an entry of the class may stand for. Entries may use the phrase syntax
     * (choices, optional words, numbers, other classes) but not gaps: a class is a set of words, and
     * a gap inside one would hide how far a phrase reaches.
     */
    private static List<int[]> classSequences(String word, String written, WordClasses classes, int depth) {
        String name = word.substring(1, word.length() - 1).trim();
        List<String> entries = classes.entries(name);
        if (entries == null) {
            throw new IllegalArgumentException("không có danh sách từ '" + name + "' (khai báo trong lexicon): " + written);
        }
        if (depth >= MAX_CLASS_DEPTH) {
            throw new IllegalArgumentException("danh sách từ lồng nhau quá sâu ở '" + name + "': " + written);
        }
        List<int[]> out = new ArrayList<>();
        for (String entry : entries) {
            PhrasePattern p = compile(entry, classes, depth + 1);
            out.addAll(p.sequences(word, written));
            limited(out, word, written);
        }
        return out;
    }

    /** All sequences this (gap-free) pattern matches. */
    private List<int[]> sequences(String word, String written) {
        List<int[]> out = new ArrayList<>();
        out.add(new int[0]);
        for (Slot slot : slots) {
            if (slot.gap()) {
                throw new IllegalArgumentException("mục của danh sách từ " + word + " không được có '*' (" + source + "): " + written);
            }
            List<int[]> next = new ArrayList<>();
            for (int[] head : out) {
                if (slot.optional()) {
                    next.add(head);
                }
                for (int[] choice : slot.choices()) {
                    next.add(concat(head, choice));
                }
            }
            out = limited(next, word, written);
        }
        return out;
    }

    private static List<int[]> limited(List<int[]> sequences, String word, String written) {
        if (sequences.size() > MAX_CLASS_SEQUENCES) {
            throw new IllegalArgumentException("danh sách từ " + word + " mở ra quá nhiều cụm (trên " + MAX_CLASS_SEQUENCES + "): " + written);
        }
        return sequences;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] idsOf(String piece, String written) {
        List<Integer> ids = new ArrayList<>();
        for (String word : piece.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals(NUMBER) || word.equals("<so>")) {
                ids.add(NUMBER_ID);
            } else if (isGap(word)) {
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
            for (int skip = 0; skip <= slot.width(); skip++) {
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
