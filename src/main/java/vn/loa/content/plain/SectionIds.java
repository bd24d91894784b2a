package vn.loa.content.plain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Section ids as Asciidoctor makes them with Loa's settings ({@code idprefix} empty, {@code idseparator}
 * {@code -}): the title in lower case, characters other than letters, digits, spaces, {@code -} and
 * {@code .} dropped, runs of space, {@code .} and {@code -} turned into one {@code -}, none at either
 * end; a repeated id gets {@code -2}, {@code -3}… in document order.
 */
final class SectionIds {
    private final Set<String> taken = new HashSet<>();

    /** @return the id, or null when the title leaves nothing to make one from */
    String next(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '.' || c == '-') {
                if (id.length() > 0 && id.charAt(id.length() - 1) != '-') {
                    id.append('-');
                }
            } else if (Character.isLetterOrDigit(c)) {
                id.append(c);
            }
        }
        if (id.length() > 0 && id.charAt(id.length() - 1) == '-') {
            id.setLength(id.length() - 1);
        }
        if (id.length() == 0) {
            return null;
        }
        String base = id.toString();
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
