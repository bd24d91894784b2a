package vn.loa.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** Greedy word wrapping for drawn text; a word wider than the line is broken between characters. */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, ToIntFunction<String> width, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width.applyAsInt(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsInt(rest) > maxWidth && rest.length() > 1) {
                int cut = longestPrefix(rest, width, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, shortened with "…" until it fits. */
    static String ellipsize(String text, ToIntFunction<String> width, int maxWidth) {
        if (width.applyAsInt(text) <= maxWidth) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && width.applyAsInt(s.strip() + "…") > maxWidth) {
            s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
        }
        return s.strip() + "…";
    }

    private static int longestPrefix(String word, ToIntFunction<String> width, int maxWidth) {
        int cut = 1;
        for (int i = word.offsetByCodePoints(0, 1); i <= word.length(); i = i < word.length() ? word.offsetByCodePoints(i, 1) : i + 1) {
            if (width.applyAsInt(word.substring(0, i)) > maxWidth) {
                break;
            }
            cut = i;
        }
        return cut;
    }
}
