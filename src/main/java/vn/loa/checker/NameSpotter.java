package vn.loa.checker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.loa.text.Token;

/**
 * Names the source counter does not need but victim protection does: a full name led by a Vietnamese
 * family name without honorific or middle name ("Nguyễn Minh Hoa", "Dương Văn T."), initials standing
 * alone ("N.T.H. (SN 1984)") and initials written without dots after an honorific ("chị NTH"). The
 * people {@link PersonFinder} found are kept as they are; these are added where it found nothing.
 */
final class NameSpotter {
    static final String FAMILY_NAMES = "family_names";
    /** Words after which a capitalised name is a place or an institution ("đường Lê Lợi", "Trường THCS Trần Phú"). */
    static final String NAME_BEARERS = "name_bearing_places";
    /** Place and historical names that begin with a family name ("Hà Nội", "Lê Lợi" as a street). */
    static final String NOT_NAMES = "not_names";
    private static final int MAX_NAME = 4;

    private final Set<String> familyNames;
    private final Set<String> honorifics;

    NameSpotter(Lexicon lexicon) {
        this.familyNames = lexicon.keys(FAMILY_NAMES);
        this.honorifics = new HashSet<>(lexicon.keys(PersonFinder.FEMALE));
        honorifics.addAll(lexicon.keys(PersonFinder.MALE));
        honorifics.addAll(lexicon.keys(PersonFinder.CHILD));
    }

    /** {@code known} plus the names it missed, in text order. */
    List<PersonRef> withMoreNames(BlockAnalysis analysis, List<PersonRef> known) {
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        List<PersonRef> out = new ArrayList<>(known);
        int i = 0;
        while (i < tokens.size()) {
            PersonRef found = covering(known, i) != null ? null : spotAt(analysis, i);
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                PersonRef k = covering(known, i);
                i = k != null ? k.end() : i + 1;
            }
        }
        out.sort(Comparator.comparingInt(PersonRef::start));
        return out;
    }

    private static PersonRef covering(List<PersonRef> refs, int i) {
        for (PersonRef r : refs) {
            if (r.start() <= i && i < r.end()) {
                return r;
            }
        }
        return null;
    }

    private PersonRef spotAt(BlockAnalysis analysis, int i) {
        TextBlock block = analysis.block();
        List<Token> tokens = block.tokens();
        Token t = tokens.get(i);
        if (!t.capitalized() || t.numeric() || analysis.endsBefore(NAME_BEARERS, i, 0)
                || (i > 0 && continuesCapitalisedRun(block, i))) {
            return null;
        }
        if (familyNames.contains(t.key()) && !PersonFinder.isInitial(t) && analysis.startingAt(NOT_NAMES, i) == null) {
            int end = nameEnd(block, i);
            if (end - i >= 2 && !isDateline(block, i, end)) {
                return new PersonRef(i, i, end, PersonFinder.middleNameGender(tokens, i, end), null, hasInitial(block, i, end));
            }
        }
        if (PersonFinder.isInitial(t)) {
            int end = i;
            while (end < tokens.size() && PersonFinder.isInitial(tokens.get(end)) && end - i < MAX_NAME
                    && (end == i || block.gapBefore(end).equals(".")) && block.sentenceOf()[end] == block.sentenceOf()[i]) {
                end++;
            }
            if (end - i >= 2) {
                return new PersonRef(i, i, end, '?', null, true);
            }
        }
        if (i > 0 && honorifics.contains(tokens.get(i - 1).key()) && isCapsInitials(block, t)) {
            return new PersonRef(i - 1, i, i + 1, '?', tokens.get(i - 1).key(), true);
        }
        return null;
    }

    /** "Vũ Quang: Chồng đánh vợ ...": a place opening a headline or paragraph before a colon. */
    private static boolean isDateline(TextBlock block, int start, int end) {
        return start == 0 && end < block.tokens().size() && block.gapBefore(end).contains(":");
    }

    /** "Ủy ban Nhân dân", "Hội Liên hiệp Phụ nữ": a capital right after another capital mid-sentence is one proper name. */
    private static boolean continuesCapitalisedRun(TextBlock block, int i) {
        boolean sameSentence = block.sentenceOf()[i - 1] == block.sentenceOf()[i];
        return sameSentence && block.tokens().get(i - 1).capitalized() && block.gapBefore(i).equals(" ");
    }

    /** "NTH": two to four capitals written together after an honorific. */
    private static boolean isCapsInitials(TextBlock block, Token t) {
        return t.end() - t.start() <= 4 && isAllCaps(block, t);
    }

    private static int nameEnd(TextBlock block, int from) {
        List<Token> tokens = block.tokens();
        int j = from + 1;
        while (j < tokens.size() && j - from < MAX_NAME + 1 && block.sentenceOf()[j] == block.sentenceOf()[from]) {
            Token t = tokens.get(j);
            String gap = block.gapBefore(j);
            boolean joined = gap.equals(" ") || (gap.equals(".") && PersonFinder.isInitial(tokens.get(j - 1)));
            if (!t.capitalized() || t.numeric() || !joined || isAllCaps(block, t)) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Two or more capitals written together: an acronym ("UBND") or undotted initials ("NTH"), never part of a spelled name. */
    static boolean isAllCaps(TextBlock block, Token t) {
        String s = block.text().substring(t.start(), t.end());
        return s.length() >= 2 && s.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    private static boolean hasInitial(TextBlock block, int from, int end) {
        for (int k = from; k < end; k++) {
            if (PersonFinder.isInitial(block.tokens().get(k))) {
                return true;
            }
        }
        return false;
    }
}
