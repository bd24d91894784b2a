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
 * inside a phrase do not matter. The first occurrence wins; null when the words are not there.
 */
final class SourceLocator {
    private final String[] keys;
    private final int[] lines;

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
        if (text == null) {
            return null;
        }
        String[] wanted = SyllableTokenizer.tokenize(text).stream().map(Token::key).toArray(String[]::new);
        if (wanted.length == 0) {
            return null;
        }
        outer:
        for (int i = 0; i + wanted.length <= keys.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (!keys[i + j].equals(wanted[j])) {
                    continue outer;
                }
            }
            return lines[i];
        }
        return null;
    }
}
