package vn.loa.checker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.loa.text.SyllableTokenizer;
import vn.loa.text.Token;

/**
 * Finds the line of a content file (AsciiDoc, Markdown, HTML) where a finding's words are written:
 * the source is tokenised like the page, so spelling variants, markup between words and line breaks
 * inside a phrase do not matter. One locator serves one page and remembers which occurrences it has
 * given out: among the occurrences of the words, those whose neighbouring words match the finding's
 * sentence are preferred, and the first one not given to an earlier finding wins, so two findings of
 * the same words on lines 27 and 29 are reported at 27 and 29. Null when the words are not there.
 */
final class SourceLocator {
    /** Words of the sentence on each side of the phrase that must match the source. */
    private static final int NEIGHBOURS = 3;

    private final String[] keys;
    private final int[] lines;
    private final java.util.Set<Integer> given = new java.util.HashSet<>();

    private SourceLocator(String[] keys, int[] lines) {
        this.keys = keys;
        this.lines = lines;
    }

    /** A locator for the file, or null when it cannot be read. */
    static SourceLocator of(Path file) {
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static SourceLocator of(List<String> sourceLines) {
        List<String> k = new ArrayList<>();
        List<Integer> l = new ArrayList<>();
        for (int n = 0; n < sourceLines.size(); n++) {
            for (Token t : SyllableTokenizer.tokenize(sourceLines.get(n))) {
                k.add(t.key());
                l.add(n + 1);
            }
        }
        return new SourceLocator(k.toArray(new String[0]), l.stream().mapToInt(Integer::intValue).toArray());
    }

    Integer lineOf(String text) {
        return lineOf(text, null);
    }

    /**
     * @param text    the finding's words
     * @param context the sentence they were found in, or null
     */
    Integer lineOf(String text, String context) {
        String[] wanted = keysOf(text);
        if (wanted.length == 0) {
            return null;
        }
        List<Integer> at = occurrences(wanted);
        if (at.isEmpty()) {
            return null;
        }
        List<Integer> fitting = fitting(at, wanted, context == null ? new String[0] : keysOf(context));
        List<Integer> candidates = fitting.isEmpty() ? at : fitting;
        for (int position : candidates) {
            if (given.add(position)) {
                return lines[position];
            }
        }
        return lines[candidates.get(0)];
    }

    private static String[] keysOf(String text) {
        return text == null ? new String[0] : SyllableTokenizer.tokenize(text).stream().map(Token::key).toArray(String[]::new);
    }

    private List<Integer> occurrences(String[] wanted) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + wanted.length <= keys.length; i++) {
            if (matches(i, wanted, 0, wanted.length)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Occurrences whose neighbouring source words are the sentence's words around the phrase. */
    private List<Integer> fitting(List<Integer> at, String[] wanted, String[] sentence) {
        List<Integer> offsets = new ArrayList<>();
        for (int o = 0; o + wanted.length <= sentence.length; o++) {
            if (java.util.Arrays.equals(sentence, o, o + wanted.length, wanted, 0, wanted.length)) {
                offsets.add(o);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int position : at) {
            for (int o : offsets) {
                int before = Math.min(NEIGHBOURS, o);
                int after = Math.min(NEIGHBOURS, sentence.length - o - wanted.length);
                if ((before > 0 || after > 0) && position - before >= 0
                        && matches(position - before, sentence, o - before, before)
                        && matches(position + wanted.length, sentence, o + wanted.length, after)) {
                    out.add(position);
                    break;
                }
            }
        }
        return out;
    }

    /** Source keys from {@code at} equal {@code words[from, from + count)}. */
    private boolean matches(int at, String[] words, int from, int count) {
        if (at + count > keys.length) {
            return false;
        }
        for (int j = 0; j < count; j++) {
            if (!keys[at + j].equals(words[from + j])) {
                return false;
            }
        }
        return true;
    }
}
