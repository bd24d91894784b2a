package vn.loa.checker;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import vn.loa.text.Token;

/**
 * Details that, together, point to one person: birth year or date ("SN 1984", "sinh năm 1990",
 * "sinh ngày 2/3/2012"), age ("35 tuổi"), residence down to hamlet or residential group ("trú xã…",
 * "ngụ tại…", "thôn Đông", "tổ dân phố 4"), school, class and workplace. Found in a span of one
 * sentence (a person's apposition and what follows it), each as {start, end, kind}.
 */
final class QuasiIdentifiers {
    static final char BIRTH = 'B';
    static final char AGE = 'A';
    static final char RESIDENCE = 'D';
    static final char SCHOOL = 'S';
    static final char CLASS = 'C';
    static final char WORK = 'W';

    private static final String BIRTH_CUES = "birth_cues";
    private static final String RESIDENCE_PHRASES = "residence_phrases";
    private static final String COMMUNE_AFTER_NAME = "commune_after_name";
    private static final String ADDRESS = "address_words";
    private static final String SCHOOL_WORDS = "school_words";
    private static final String CLASS_WORDS = "class_words";
    private static final String WORKPLACE = "workplace_phrases";
    private static final String PLACE_UNITS = "place_units";
    /** Luật Trẻ em 2016: a child is under 16. */
    static final int CHILD_AGE_LIMIT = 16;
    /**
     * A birth year this recent marks a child: 18, not 16, because the story may be a year or two old
     * and a person under 18 is still a minor (người chưa thành niên).
     */
    private static final int CHILD_BIRTH_YEARS = 18;
    /** Classes up to 9 (lower secondary) are children's classes. */
    private static final int CHILD_CLASS_LIMIT = 9;

    record Found(int start, int end, char kind) {
    }

    private QuasiIdentifiers() {
    }

    /** Identifiers inside tokens {@code [from, to)}. */
    static List<Found> in(BlockAnalysis analysis, int from, int to) {
        return in(analysis, from, to, false);
    }

    /**
     * Identifiers of a named person, in the stretch after the name: there the commune or ward counts
     * as residence too ("chị A (31 tuổi, phường Tây Mỗ)"), while "một bé gái ở phường X" says little.
     */
    static List<Found> ofNamed(BlockAnalysis analysis, int from, int to) {
        return in(analysis, from, to, true);
    }

    private static List<Found> in(BlockAnalysis analysis, int from, int to, boolean named) {
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        List<Found> out = new ArrayList<>();
        for (PhraseIndex.Hit<String> h : analysis.hits(BIRTH_CUES)) {
            if (inside(h, from, to)) {
                out.add(new Found(h.start(), h.end(), BIRTH));
            }
        }
        for (PhraseIndex.Hit<String> h : analysis.hits(RESIDENCE_PHRASES)) {
            if (inside(h, from, to)) {
                out.add(new Found(h.start(), Math.min(to, h.end() + 2), RESIDENCE));
            }
        }
        if (named) {
            named(analysis, COMMUNE_AFTER_NAME, from, to, RESIDENCE, out);
        }
        named(analysis, ADDRESS, from, to, RESIDENCE, out);
        named(analysis, SCHOOL_WORDS, from, to, SCHOOL, out);
        for (PhraseIndex.Hit<String> h : analysis.hits(CLASS_WORDS)) {
            if (inside(h, from, to) && h.end() < to && startsWithDigit(block, h.end())) {
                out.add(new Found(h.start(), h.end() + 1, CLASS));
            }
        }
        for (PhraseIndex.Hit<String> h : analysis.hits(WORKPLACE)) {
            if (inside(h, from, to)) {
                out.add(new Found(h.start(), Math.min(to, h.end() + 2), WORK));
            }
        }
        for (int i = from; i + 1 < to; i++) {
            if (tokens.get(i).numeric() && tokens.get(i + 1).key().equals("tuôi?")) {
                out.add(new Found(i, i + 2, AGE));
            }
        }
        return out;
    }

    /** Kinds among {@code found}, without repeats ("SN 1984" and "40 tuổi" are one detail). */
    static long kinds(List<Found> found) {
        return found.stream().map(f -> f.kind() == AGE ? BIRTH : f.kind()).distinct().count();
    }

    /** An age under 16, a birth year less than 16 years ago, or a primary or lower-secondary class. */
    static boolean showsChild(TextBlock block, List<Found> found) {
        for (Found f : found) {
            Integer n = f.kind() == AGE ? number(block, f.start()) : f.kind() == BIRTH ? lastYear(block, f) : null;
            if (f.kind() == AGE && n != null && n < CHILD_AGE_LIMIT) {
                return true;
            }
            if (f.kind() == BIRTH && n != null && n > Year.now().getValue() - CHILD_BIRTH_YEARS) {
                return true;
            }
            if (f.kind() == CLASS) {
                Integer grade = leadingNumber(block, f.end() - 1);
                if (grade != null && grade <= CHILD_CLASS_LIMIT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An age of 16 or more, or a birth year at least 18 years ago: not a child. */
    static boolean showsAdult(TextBlock block, List<Found> found) {
        for (Found f : found) {
            Integer n = f.kind() == AGE ? number(block, f.start()) : f.kind() == BIRTH ? lastYear(block, f) : null;
            if (n != null && ((f.kind() == AGE && n >= CHILD_AGE_LIMIT)
                    || (f.kind() == BIRTH && n > 1900 && n <= Year.now().getValue() - CHILD_BIRTH_YEARS))) {
                return true;
            }
        }
        return false;
    }

    /** The year of a birth cue: the last four-digit number of "sinh ngày 2/3/2012", or "SN 1984". */
    private static Integer lastYear(TextBlock block, Found f) {
        Integer year = null;
        List<Token> tokens = block.tokens();
        for (int i = f.start(); i < Math.min(tokens.size(), f.end() + 4); i++) {
            Token t = tokens.get(i);
            if (t.numeric() && t.end() - t.start() == 4 && block.sentenceOf()[i] == block.sentenceOf()[f.start()]) {
                year = number(block, i);
            }
        }
        return year;
    }

    /** An age under 16 anywhere in sentence {@code s}: "Bé gái 7 tuổi". */
    static boolean childAgeIn(TextBlock block, int s) {
        List<Token> tokens = block.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (block.sentenceOf()[i] == s && isChildAge(block, i)) {
                return true;
            }
        }
        return false;
    }

    /** "8 tuổi": a number below the child age limit followed by "tuổi". */
    static boolean isChildAge(TextBlock block, int i) {
        List<Token> tokens = block.tokens();
        if (i + 1 >= tokens.size() || !tokens.get(i).numeric() || !tokens.get(i + 1).key().equals("tuôi?")) {
            return false;
        }
        Integer n = number(block, i);
        return n != null && n < CHILD_AGE_LIMIT;
    }

    private static Integer number(TextBlock block, int i) {
        Token t = block.tokens().get(i);
        if (!t.numeric() || t.end() - t.start() > 4) {
            return null;
        }
        return Integer.parseInt(block.text().substring(t.start(), t.end()));
    }

    /** "7A" → 7. */
    private static Integer leadingNumber(TextBlock block, int i) {
        Token t = block.tokens().get(i);
        String s = block.text().substring(t.start(), t.end());
        int k = 0;
        while (k < s.length() && k < 2 && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k == 0 ? null : Integer.parseInt(s.substring(0, k));
    }

    private static boolean startsWithDigit(TextBlock block, int i) {
        return Character.isDigit(block.text().charAt(block.tokens().get(i).start()));
    }

    private static boolean inside(PhraseIndex.Hit<String> h, int from, int to) {
        return h.start() >= from && h.end() <= to;
    }

    /** A place or school word counts only when a name or number follows: "thôn Đông", "Trường THCS Lê Lợi". */
    private static void named(BlockAnalysis analysis, String list, int from, int to, char kind, List<Found> out) {
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        for (PhraseIndex.Hit<String> h : analysis.hits(list)) {
            int e = h.end();
            if (!inside(h, from, to) || e >= to || analysis.endsBefore(PLACE_UNITS, h.start(), 0)) {
                continue; // "phường Trường Thi" is a ward, not a school
            }
            Token after = tokens.get(e);
            if (after.capitalized() || after.numeric()) {
                int end = e;
                while (end < to && (tokens.get(end).capitalized() || tokens.get(end).numeric()) && end - e < 4) {
                    end++;
                }
                out.add(new Found(h.start(), end, kind));
            }
        }
    }
}
