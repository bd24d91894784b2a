package vn.loa.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a content file's header the way JBake will, but strictly: where JBake would warn and skip the
 * file (or quietly treat the header as body text), Loa reports the exact line and what to write instead.
 *
 * <p>Two header styles are accepted, as in JBake: {@code key=value} lines closed by a {@code ~~~~~~}
 * line (any file type), and for AsciiDoc the document header: {@code = Title} followed by
 * {@code :jbake-key: value} attribute lines up to the first blank line.
 */
public final class HeaderReader {
    public static final String SEPARATOR = "~~~~~~";

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*=(.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?[A-Za-z0-9_][A-Za-z0-9_-]*!?):(?:\\s+(.*?))?\\s*$");
    private static final String JBAKE_PREFIX = "jbake-";

    private HeaderReader() {
    }

    /**
     * @param lines   the file's lines (already decoded as UTF-8 and NFC)
     * @param asciidoc whether the file is AsciiDoc (which allows the attribute style)
     * @param problem receives (line, Vietnamese message) for every header fault
     * @return the header, possibly with missing keys when faults were reported
     */
    public static ContentHeader read(List<String> lines, boolean asciidoc, BiConsumer<Integer, String> problem) {
        int separator = lines.indexOf(SEPARATOR);
        if (separator < 0) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().equals(SEPARATOR)) {
                    separator = i;
                    break;
                }
            }
        }
        if (separator >= 0) {
            return readKeyValueHeader(lines, separator, problem);
        }
        if (asciidoc) {
            return readAsciidocHeader(lines, problem);
        }
        problem.accept(1, "Không tìm thấy phần đầu bài. Hãy viết các dòng khóa=giá trị (title=..., date=..., "
            + "type=..., status=...) ở đầu tệp và kết thúc phần đầu bằng một dòng chỉ có " + SEPARATOR + ".");
        return new ContentHeader(Map.of(), 0, 1, asciidoc);
    }

    private static ContentHeader readKeyValueHeader(List<String> lines, int separator, BiConsumer<Integer, String> problem) {
        Map<String, HeaderField> fields = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                problem.accept(lineNo, "Dòng \"" + abbreviate(line) + "\" trong phần đầu bài không đúng dạng khóa=giá trị. "
                    + "Hãy sửa thành, ví dụ, title=Tiêu đề bài viết (mỗi dòng một khóa, có dấu =).");
                continue;
            }
            put(fields, m.group(1).trim().toLowerCase(Locale.ROOT), m.group(2).trim(), lineNo, problem);
        }
        HeaderField title = fields.get("title");
        return new ContentHeader(fields, title == null ? 0 : title.line(), separator + 2, false);
    }

    private static ContentHeader readAsciidocHeader(List<String> lines, BiConsumer<Integer, String> problem) {
        Map<String, HeaderField> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || isComment(lines.get(i)))) {
            i++;
        }
        int titleLine = 0;
        if (i < lines.size() && lines.get(i).startsWith("= ")) {
            titleLine = i + 1;
            fields.put("title", new HeaderField("title", lines.get(i).substring(2).trim(), titleLine));
            i++;
        }
        int plainLinesAfterTitle = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                break;
            }
            if (isComment(line)) {
                continue;
            }
            Matcher m = ATTRIBUTE.matcher(line);
            if (m.matches()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                if (name.startsWith(JBAKE_PREFIX)) {
                    put(fields, name.substring(JBAKE_PREFIX.length()), m.group(2) == null ? "" : m.group(2).trim(), lineNo, problem);
                }
                continue;
            }
            if (line.startsWith(":") || line.toLowerCase(Locale.ROOT).startsWith(JBAKE_PREFIX)) {
                problem.accept(lineNo, "Dòng thuộc tính \"" + abbreviate(line) + "\" viết sai. Hãy viết dạng "
                    + ":jbake-khóa: giá trị, ví dụ :jbake-date: 2026-11-15 (hai dấu hai chấm, rồi một dấu cách).");
                continue;
            }
            // AsciiDoc allows an author line and a revision line right after the title.
            if (titleLine > 0 && plainLinesAfterTitle < 2) {
                plainLinesAfterTitle++;
                continue;
            }
            break;
        }
        reportStrayAttributes(lines, i, problem);
        if (titleLine == 0 && fields.isEmpty()) {
            problem.accept(1, "Không tìm thấy phần đầu bài. Tệp AsciiDoc cần bắt đầu bằng dòng \"= Tiêu đề\" "
                + "và các dòng :jbake-type:, :jbake-status:, :jbake-date: ngay sau đó.");
        }
        return new ContentHeader(fields, titleLine, 1, true);
    }

    /**
     * {@code :jbake-...:} lines after the header has ended (a blank line ends it): AsciiDoc and JBake
     * ignore them, so a status or date written there would be reported missing at the title. Report
     * each at its own line instead, with what to fix.
     */
    private static void reportStrayAttributes(List<String> lines, int headerEnd, BiConsumer<Integer, String> problem) {
        int blank = headerEnd < lines.size() && lines.get(headerEnd).isBlank() ? headerEnd + 1 : 0;
        for (int k = headerEnd; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank() || isComment(line)) {
                continue;
            }
            Matcher m = ATTRIBUTE.matcher(line);
            if (!m.matches() || !m.group(1).toLowerCase(Locale.ROOT).startsWith(JBAKE_PREFIX)) {
                return; // the body has begun
            }
            problem.accept(k + 1, "Dòng \"" + abbreviate(line) + "\" nằm sau phần đầu bài nên không được đọc"
                + (blank > 0 ? " (phần đầu bài kết thúc ở dòng trống số " + blank + ")" : "")
                + ". Hãy xóa dòng trống để các dòng :jbake-...: liền ngay dưới dòng tiêu đề.");
        }
    }

    private static void put(Map<String, HeaderField> fields, String key, String value, int line, BiConsumer<Integer, String> problem) {
        HeaderField earlier = fields.get(key);
        if (earlier != null) {
            problem.accept(line, "Khóa \"" + key + "\" đã được khai báo ở dòng " + earlier.line()
                + ". Hãy giữ một dòng và xóa dòng còn lại.");
            return;
        }
        fields.put(key, new HeaderField(key, value, line));
    }

    private static boolean isComment(String line) {
        return line.startsWith("//");
    }

    private static String abbreviate(String line) {
        String trimmed = line.strip();
        return trimmed.length() > 60 ? trimmed.substring(0, 57) + "..." : trimmed;
    }
}
