package vn.loa.checker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.loa.text.Token;

/**
 * Finds named people in a block. Kinship and collective uses (bà con, ông bà, chị em phụ nữ) fall
 * out because a name must be capitalised; place and historical names (Bà Rịa, Hai Bà Trưng) are
 * excluded because an honorific capitalised inside a sentence is part of a proper name, and by the
 * {@code not_people} list for sentence starts.
 */
final class PersonFinder {
    static final String FEMALE = "female_honorifics";
    static final String MALE = "male_honorifics";
    static final String CHILD = "child_words";
    static final String NOT_PEOPLE = "not_people";
    private static final int MAX_NAME = 5;

    private final Set<String> female;
    private final Set<String> male;
    private final Set<String> child;
    /** All three lists in one set: most syllables are no honorific, and one look-up tells. */
    private final Set<String> honorifics = new HashSet<>();

    PersonFinder(Lexicon lexicon) {
        this.female = lexicon.keys(FEMALE);
        this.male = lexicon.keys(MALE);
        this.child = lexicon.keys(CHILD);
        honorifics.addAll(female);
        honorifics.addAll(male);
        honorifics.addAll(child);
    }

    List<PersonRef> find(BlockAnalysis analysis) {
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        List<PersonRef> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() - 1) {
            String key = tokens.get(i).key();
            boolean isHonorific = honorifics.contains(key);
            PersonRef ref = null;
            if (isHonorific && !properNameUse(analysis, i) && block.gapBefore(i + 1).equals(" ")
                    && sameSentence(block, i, i + 1)) {
                int end = nameEnd(block, i + 1);
                if (end > i + 1) {
                    char g = female.contains(key) ? 'F' : male.contains(key) ? 'M' : middleNameGender(tokens, i + 1, end);
                    ref = new PersonRef(i, i + 1, end, g, key, hasInitial(block, i + 1, end));
                }
            } else if (isMiddleName(tokens, i) && i > 0 && tokens.get(i - 1).capitalized()
                    && sameSentence(block, i - 1, i + 1) && !tokens.get(i - 1).numeric()) {
                int end = nameEnd(block, i + 1);
                if (end > i + 1) {
                    ref = new PersonRef(i - 1, i - 1, end, middleNameGender(tokens, i - 1, end), null,
                            hasInitial(block, i - 1, end));
                }
            }
            if (ref != null) {
                out.add(ref);
                i = ref.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** "Bà Triệu", "Hai Bà Trưng": honorific capitalised mid-sentence, or listed as not a person. */
    private static boolean properNameUse(BlockAnalysis analysis, int i) {
        TextBlock block = analysis.block();
        boolean sentenceStart = i == 0 || block.sentenceOf()[i - 1] != block.sentenceOf()[i];
        if (block.tokens().get(i).capitalized() && !sentenceStart) {
            return true;
        }
        return analysis.startingAt(NOT_PEOPLE, i) != null || (i > 0 && analysis.startingAt(NOT_PEOPLE, i - 1) != null);
    }

    /** Exclusive end of the run of capitalised name syllables starting at {@code from}. */
    private static int nameEnd(TextBlock block, int from) {
        List<Token> tokens = block.tokens();
        int j = from;
        while (j < tokens.size() && j - from < MAX_NAME) {
            Token t = tokens.get(j);
            if (!t.capitalized() || t.numeric() || !sameSentence(block, from, j)) {
                break;
            }
            if (j > from && !joinsName(block, j)) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Name syllables are separated by one space, or by a dot between initials (N.T.H.). */
    private static boolean joinsName(TextBlock block, int j) {
        String gap = block.gapBefore(j);
        if (gap.equals(" ")) {
            return true;
        }
        boolean initials = TextBlock.isInitial(block.text(), block.tokens().get(j - 1))
                || TextBlock.isInitial(block.text(), block.tokens().get(j));
        return initials && (gap.equals(".") || gap.equals(". "));
    }

    private static boolean sameSentence(TextBlock block, int a, int b) {
        return b < block.tokens().size() && block.sentenceOf()[a] == block.sentenceOf()[b];
    }

    private static boolean hasInitial(TextBlock block, int from, int end) {
        for (int k = from; k < end; k++) {
            if (TextBlock.isInitial(block.text(), block.tokens().get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMiddleName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.capitalized() && (t.key().equals("thi.") || t.key().equals("văn"));
    }

    /** "Thị" or "Văn" inside a name (capitalised, so not the words "thị" or "văn"): F, M, or ? when neither. */
    static char middleNameGender(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k < end - 1; k++) {
            String key = tokens.get(k).key();
            if (tokens.get(k).capitalized() && key.equals("thi.")) {
                return 'F';
            }
            if (tokens.get(k).capitalized() && key.equals("văn")) {
                return 'M';
            }
        }
        return '?';
    }

    /** One capital letter: the initial of a name as NameSpotter and the G6 detector read it ("T.", "N.T.H."). */
    static boolean isInitial(Token t) {
        return t.end() - t.start() == 1 && t.capitalized();
    }
}
