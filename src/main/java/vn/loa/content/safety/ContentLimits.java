package vn.loa.content.safety;

import vn.loa.content.ProblemSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits that keep one file from stalling or crashing a build: its size, its number of tags, and how deep its
 * quotes, lists and blocks nest. The parsers recurse once per level (a Markdown quote nested 1,000 deep overflowed
 * the stack), so the depth is measured on the source lines before any parser sees them. The limits are far above
 * what an article needs.
 */
public final class ContentLimits {
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    public static final int MAX_TAGS = 20;
    public static final int MAX_DEPTH = 20;

    /** A quote marker or a list marker at the start of what is left of a Markdown line. */
    private static final Pattern MARKDOWN_MARKER = Pattern.compile("^(?:>|[-*+](?=\\s)|\\d{1,9}[.)](?=\\s))\\s*");
    /** AsciiDoc list markers (*, **, ..., or . .. ...) and quote markers. */
    private static final Pattern ASCIIDOC_LIST = Pattern.compile("^\\s*(\\*+|\\.+|-|>+)\\s");
    /** AsciiDoc delimited block lines; a different length of the same character opens a nested block. */
    private static final Pattern ASCIIDOC_DELIMITER = Pattern.compile("^(?:={4,}|\\*{4,}|_{4,}|-{4,}|\\.{4,}|\\+{4,}|/{4,}|--|[|!]={3,})$");

    private ContentLimits() {
    }

    /** A message when the file is larger than the limit, else null. */
    public static String sizeProblem(Path file) throws IOException {
        long size = Files.size(file);
        if (size <= MAX_FILE_BYTES) {
            return null;
        }
        return "tệp nặng " + (size / 1024) + " KB, quá giới hạn " + (MAX_FILE_BYTES / 1024 / 1024) + " MB cho một tệp nội dung. "
            + "Hãy chia thành nhiều bài ngắn hơn; ảnh và tài liệu đính kèm đặt trong assets/, không dán vào bài.";
    }

    public static void checkTagCount(int tags, int line, ProblemSink problems) {
        if (tags > MAX_TAGS) {
            problems.report(line, "Bài có " + tags + " chủ đề (tags), nhiều hơn giới hạn " + MAX_TAGS + ". Hãy giữ lại "
                + "những chủ đề chính; mỗi chủ đề tạo một trang và một nguồn tin riêng.");
        }
    }

    /**
     * Reports the first line whose nesting passes {@link #MAX_DEPTH}.
     *
     * @param firstLine the file line number of {@code lines.get(0)}
     * @return true when the file is within the limit
     */
    public static boolean checkDepth(List<String> lines, int firstLine, boolean asciidoc, ProblemSink problems) {
        Deque<String> blocks = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int depth = asciidoc ? asciidocDepth(line, blocks) : markdownDepth(line);
            if (depth > MAX_DEPTH) {
                problems.report(firstLine + i, "Trích dẫn, danh sách hoặc khối lồng nhau quá sâu (" + depth + " cấp, giới hạn "
                    + MAX_DEPTH + " cấp). Hãy viết phẳng hơn: tách thành các đoạn hoặc danh sách riêng.");
                return false;
            }
        }
        return true;
    }

    /** Quote and list markers at the start of the line, plus one level for every two spaces of indentation before them. */
    static int markdownDepth(String line) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent += 1;
        }
        String rest = line.substring(indent);
        int markers = 0;
        Matcher m = MARKDOWN_MARKER.matcher(rest);
        while (m.lookingAt()) {
            markers++;
            rest = rest.substring(m.end());
            m = MARKDOWN_MARKER.matcher(rest);
        }
        return markers == 0 ? 0 : markers + indent / 2;
    }

    private static int asciidocDepth(String line, Deque<String> blocks) {
        String trimmed = line.strip();
        if (ASCIIDOC_DELIMITER.matcher(trimmed).matches()) {
            if (trimmed.equals(blocks.peek())) {
                blocks.pop();
            } else {
                blocks.push(trimmed);
            }
            return blocks.size();
        }
        Matcher m = ASCIIDOC_LIST.matcher(line);
        int list = m.find() ? (m.group(1).equals("-") ? 1 : m.group(1).length()) : 0;
        return blocks.size() + list;
    }
}
