package vn.loa.content.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of an included file that {@code lines=} or {@code tag=}/{@code tags=} asks for, as Asciidoctor's own
 * include would give it (line ranges such as {@code 1..5;8} or {@code 10..-1}; named tag regions marked
 * {@code tag::name[]} … {@code end::name[]}, without the marker lines).
 */
final class IncludeSelection {
    private static final Pattern TAG_MARK = Pattern.compile("\\b(tag|end)::(\\S+?)\\[\\]");

    private IncludeSelection() {
    }

    static String select(String text, Map<String, Object> attributes) {
        List<String> lines = List.of(text.split("\r?\n", -1));
        Object ranges = attributes.get("lines");
        Object tags = attributes.containsKey("tags") ? attributes.get("tags") : attributes.get("tag");
        List<String> kept;
        if (ranges != null && !String.valueOf(ranges).isBlank()) {
            kept = byLines(lines, String.valueOf(ranges));
        } else if (tags != null && !String.valueOf(tags).isBlank()) {
            kept = byTags(lines, String.valueOf(tags));
        } else {
            return text;
        }
        return String.join("\n", kept) + "\n";
    }

    private static List<String> byLines(List<String> lines, String spec) {
        List<String> kept = new ArrayList<>();
        for (String range : spec.replace('"', ' ').split("[;,]")) {
            String r = range.strip();
            if (r.isEmpty()) {
                continue;
            }
            try {
                int from;
                int to;
                if (r.contains("..")) {
                    String[] ends = r.split("\\.\\.", 2);
                    from = Integer.parseInt(ends[0].strip());
                    to = ends[1].isBlank() || ends[1].strip().equals("-1") ? lines.size() : Integer.parseInt(ends[1].strip());
                } else {
                    from = to = Integer.parseInt(r);
                }
                for (int i = Math.max(1, from); i <= Math.min(to, lines.size()); i++) {
                    kept.add(lines.get(i - 1));
                }
            } catch (NumberFormatException e) {
                // Asciidoctor ignores a range it cannot read; so does this.
            }
        }
        return kept;
    }

    private static List<String> byTags(List<String> lines, String spec) {
        Set<String> wanted = new HashSet<>();
        for (String tag : spec.replace('"', ' ').split("[;,]")) {
            if (!tag.isBlank()) {
                wanted.add(tag.strip());
            }
        }
        List<String> kept = new ArrayList<>();
        int open = 0;
        for (String line : lines) {
            Matcher m = TAG_MARK.matcher(line);
            if (m.find()) {
                if (wanted.contains(m.group(2))) {
                    open += m.group(1).equals("tag") ? 1 : -1;
                }
                continue;
            }
            if (open > 0) {
                kept.add(line);
            }
        }
        return kept;
    }
}
