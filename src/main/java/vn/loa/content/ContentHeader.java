package vn.loa.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The header of a content file, read by Loa before JBake sees the file, so that every key keeps its
 * line number. Keys are lower-case without the AsciiDoc {@code jbake-} prefix ("cover-alt", "type").
 *
 * @param fields       header entries in file order
 * @param titleLine    line of the title (the AsciiDoc "= Title" line or the title= entry), 0 when absent
 * @param bodyStartLine first line of the body, so body offsets can be turned into file lines
 */
public record ContentHeader(Map<String, HeaderField> fields, int titleLine, int bodyStartLine, boolean asciidocStyle) {

    public ContentHeader {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<HeaderField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public String value(String key) {
        HeaderField field = fields.get(key);
        return field == null ? null : field.value();
    }

    /**
     * The line to blame for a problem with this key: its own line; for a missing key, where it should be
     * added (the {@code ~~~~~~} line, or the line after the AsciiDoc title).
     */
    public int lineOf(String key) {
        HeaderField field = fields.get(key);
        if (field != null) {
            return field.line();
        }
        if ("title".equals(key) && titleLine > 0) {
            return titleLine;
        }
        if (asciidocStyle) {
            return titleLine > 0 ? titleLine + 1 : 1;
        }
        return Math.max(1, bodyStartLine - 1);
    }

    /** How a header line for this key is written in this file: {@code key=value} or {@code :jbake-key: value}. */
    public String example(String key, String value) {
        return asciidocStyle ? ":jbake-" + key + ": " + value : key + "=" + value;
    }
}
