package vn.loa.search;

import vn.loa.checker.Json;

import java.util.List;
import java.util.Map;

/**
 * JSON without spaces or line breaks, for files a phone downloads: strings, integers, lists and maps
 * (in their own order). Strings are escaped as the checker's reports escape them; Vietnamese letters stay UTF-8.
 */
final class CompactJson {
    private CompactJson() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    static void write(Object value, StringBuilder out) {
        if (value instanceof String s) {
            Json.string(s, out);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                Json.string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not written as JSON: " + value);
        }
    }
}
