package vn.loa.checker;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for maps, lists, strings, numbers, booleans and null. Reports build
 * {@link java.util.LinkedHashMap}s so key order, and therefore the output, is deterministic.
 */
public final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, 0);
        sb.append('\n');
        return sb.toString();
    }

    private static void write(Object v, StringBuilder sb, int indent) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(s, sb);
        } else if (v instanceof Double d) {
            sb.append(d.isNaN() || d.isInfinite() ? "null" : trimNumber(d));
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m) {
            object(m, sb, indent);
        } else if (v instanceof List<?> l) {
            array(l, sb, indent);
        } else {
            string(String.valueOf(v), sb);
        }
    }

    private static String trimNumber(double d) {
        double rounded = Math.round(d * 10000.0) / 10000.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    private static void object(Map<?, ?> m, StringBuilder sb, int indent) {
        if (m.isEmpty()) {
            sb.append("{}");
            return;
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            sb.append(first ? "\n" : ",\n");
            first = false;
            pad(sb, indent + 1);
            string(String.valueOf(e.getKey()), sb);
            sb.append(": ");
            write(e.getValue(), sb, indent + 1);
        }
        sb.append('\n');
        pad(sb, indent);
        sb.append('}');
    }

    private static void array(List<?> l, StringBuilder sb, int indent) {
        if (l.isEmpty()) {
            sb.append("[]");
            return;
        }
        sb.append('[');
        for (int i = 0; i < l.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            pad(sb, indent + 1);
            write(l.get(i), sb, indent + 1);
        }
        sb.append('\n');
        pad(sb, indent);
        sb.append(']');
    }

    private static void pad(StringBuilder sb, int indent) {
        sb.append("  ".repeat(indent));
    }

    /** A JSON string literal: only what JSON requires is escaped (also the line separators JavaScript refuses). */
    public static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
