package vn.loa.content;

import vn.loa.content.safety.ContentLimits;
import vn.loa.text.Slugs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the common header keys strictly. JBake would quietly date a page by the file's
 * modification time when {@code date} does not parse, and publish whatever {@code status} says;
 * Loa stops instead and says which line to fix.
 */
public final class HeaderValidator {
    public static final Set<String> COMMON_KEYS = Set.of(
        "title", "date", "type", "status", "tags", "unit", "author", "summary",
        "cover", "cover-alt", "featured", "slug", "cached", "bo-qua-kiem-tra");

    /** Strict ISO dates: 2026-02-30 is refused, not rolled over to March. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    /** 15/11/2026, 15-11-2026, 15.11.2026: the way Vietnamese readers write dates. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private final ContentTypes types;
    private final List<Path> assetRoots;
    private final String defaultUnit;

    /**
     * @param assetRoots folders where a path such as {@code /images/x.svg} may live (assets/, content/)
     * @param defaultUnit the unit from the site configuration, used when a file names none
     */
    public HeaderValidator(ContentTypes types, List<Path> assetRoots, String defaultUnit) {
        this.types = types;
        this.assetRoots = List.copyOf(assetRoots);
        this.defaultUnit = defaultUnit;
    }

    /** @return the checked header, or null when a fault makes the file unusable (already reported) */
    public CommonHeader validate(ContentHeader header, ProblemSink problems) {
        ErrorCounter counted = new ErrorCounter(problems);

        String typeName = header.value("type");
        ContentType type = null;
        if (typeName == null || typeName.isBlank()) {
            counted.report(header.lineOf("type"), "Thiếu loại nội dung. Hãy thêm dòng " + header.example("type", "post")
                + " (bài viết) vào phần đầu bài, hoặc một trong các loại: " + types.describe() + ".");
        } else {
            type = types.find(typeName).orElse(null);
            if (type == null) {
                counted.report(header.lineOf("type"), "Loại nội dung \"" + typeName + "\" không có. "
                    + "Các loại hợp lệ: " + types.describe() + ".");
            }
        }

        String status = header.value("status");
        boolean draft = false;
        if (status == null || status.isBlank()) {
            counted.report(header.lineOf("status"), "Thiếu trạng thái. Hãy thêm dòng " + header.example("status", "published")
                + " (đăng) hoặc " + header.example("status", "draft") + " (bản nháp, không đăng) vào phần đầu bài.");
        } else if (status.equals("draft")) {
            draft = true;
        } else if (!status.equals("published")) {
            String meant = statusMeant(status);
            counted.report(header.lineOf("status"), "Trạng thái \"" + status + "\" không hợp lệ. "
                + (meant != null ? "Có phải ý bạn là " + header.example("status", meant) + "? " : "")
                + "Hãy viết " + header.example("status", "published") + " (đăng) hoặc " + header.example("status", "draft")
                + " (bản nháp).");
        }

        String title = header.value("title");
        if (title == null || title.isBlank()) {
            counted.report(header.lineOf("title"), "Thiếu tiêu đề. Hãy thêm dòng title=Tiêu đề "
                + "(với AsciiDoc: dòng đầu tiên \"= Tiêu đề\").");
        }

        LocalDate date = parseDate(header, "date", counted, true);
        List<String> tags = parseTags(header, counted);
        boolean featured = parseBoolean(header, "featured", counted);

        String cover = header.value("cover");
        String coverAlt = header.value("cover-alt");
        if (cover != null && !cover.isBlank()) {
            checkLocalFile(cover, header.lineOf("cover"), "Ảnh bìa", counted);
            if (coverAlt == null || coverAlt.isBlank()) {
                counted.report(header.lineOf("cover"), "Ảnh bìa chưa có mô tả. Hãy thêm dòng cover-alt= "
                    + "mô tả ngắn điều ảnh thể hiện, cho người dùng trình đọc màn hình.");
            }
        }

        String slug = header.value("slug");
        if (slug != null && !Slugs.isValid(slug)) {
            counted.report(header.lineOf("slug"), "Đường dẫn (slug) \"" + slug + "\" không hợp lệ. Chỉ dùng chữ "
                + "thường không dấu, số và dấu gạch ngang, ví dụ " + Slugs.of(slug.isBlank() ? "binh dang gioi" : slug) + ".");
        }

        if (type != null) {
            type.validate(header, counted);
        }

        if (counted.count() > 0) {
            return null;
        }
        String unit = header.value("unit");
        return new CommonHeader(typeName, draft, title.strip(), date, tags,
            unit == null || unit.isBlank() ? defaultUnit : unit, blankToNull(header.value("author")),
            blankToNull(header.value("summary")), blankToNull(cover), blankToNull(coverAlt), featured, blankToNull(slug));
    }

    /** Parses a yyyy-MM-dd header value, telling apart a wrong shape from a date that does not exist. */
    public static LocalDate parseDate(ContentHeader header, String key, ProblemSink problems, boolean required) {
        String value = header.value(key);
        if (value == null || value.isBlank()) {
            if (required) {
                problems.report(header.lineOf(key), "Thiếu ngày (" + key + "). Hãy thêm dòng "
                    + header.example(key, "năm-tháng-ngày") + ", ví dụ " + header.example(key, "2026-11-15") + ".");
            }
            return null;
        }
        return parseDateValue(value.strip(), key, header.lineOf(key), problems);
    }

    public static LocalDate parseDateValue(String value, String key, int line, ProblemSink problems) {
        if (!DATE_SHAPE.matcher(value).matches()) {
            java.util.regex.Matcher dmy = DAY_FIRST.matcher(value);
            String hint = dmy.matches()
                ? "Với ngày " + value + ", hãy viết " + dmy.group(3) + "-" + pad(dmy.group(2)) + "-" + pad(dmy.group(1)) + "."
                : "Ví dụ: viết 2026-11-15 cho ngày 15/11/2026.";
            problems.report(line, "Ngày \"" + value + "\" (" + key + ") viết chưa đúng dạng năm-tháng-ngày. " + hint);
            return null;
        }
        String[] parts = value.split("-");
        String padded = parts[0] + "-" + pad(parts[1]) + "-" + pad(parts[2]);
        try {
            return LocalDate.parse(padded, DATE);
        } catch (DateTimeParseException e) {
            problems.report(line, "Ngày \"" + value + "\" (" + key + ") không có thật trên lịch "
                + "(kiểm tra lại tháng và ngày, ví dụ tháng 2 chỉ có 28 hoặc 29 ngày).");
            return null;
        }
    }

    private static List<String> parseTags(ContentHeader header, ProblemSink problems) {
        String value = header.value("tags");
        List<String> tags = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return tags;
        }
        String[] raws = value.split(",");
        if (raws.length > ContentLimits.MAX_TAGS) {
            // Each tag makes a page and a feed: 50,000 tags filled gigabytes before anything said no.
            ContentLimits.checkTagCount(raws.length, header.lineOf("tags"), problems);
            return tags;
        }
        for (String raw : raws) {
            String tag = raw.strip();
            if (tag.isEmpty()) {
                problems.report(header.lineOf("tags"), "Danh sách chủ đề (tags) có một mục trống. "
                    + "Hãy ngăn các chủ đề bằng một dấu phẩy, ví dụ tags=bình đẳng giới, gia đình.");
                continue;
            }
            if (Slugs.of(tag).isEmpty()) {
                problems.report(header.lineOf("tags"), "Chủ đề \"" + tag + "\" cần có ít nhất một chữ cái hoặc chữ số.");
                continue;
            }
            String lower = tag.toLowerCase(Locale.ROOT);
            if (!tags.contains(lower)) {
                tags.add(lower);
            }
        }
        return tags;
    }

    private static boolean parseBoolean(ContentHeader header, String key, ProblemSink problems) {
        String value = header.value(key);
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        problems.report(header.lineOf(key), "Giá trị \"" + value + "\" của " + key + " không hợp lệ. Hãy viết "
            + key + "=true (có) hoặc " + key + "=false (không).");
        return false;
    }

    /** A site path such as /images/x.svg must exist under assets/ (or beside the content). */
    public boolean checkLocalFile(String sitePath, int line, String what, ProblemSink problems) {
        if (isRemote(sitePath)) {
            problems.report(line, remoteImage(what, sitePath));
            return false;
        }
        if (resolveLocal(sitePath) == null) {
            problems.report(line, what + " \"" + sitePath + "\" không tìm thấy. Hãy đặt tệp vào assets"
                + (sitePath.startsWith("/") ? "" : "/") + sitePath + " hoặc sửa lại đường dẫn.");
            return false;
        }
        return true;
    }

    public static boolean isRemote(String path) {
        return path.startsWith("http://") || path.startsWith("https://") || path.startsWith("//");
    }

    /** One wording, wherever an image from another host turns up (cover, body). */
    public static String remoteImage(String what, String path) {
        return what + " \"" + path + "\" nằm trên máy chủ khác. Trang không được tải gì từ nơi khác "
            + "(để bảo vệ người đọc): hãy lưu ảnh vào assets/images/ và viết /images/ten-anh.jpg.";
    }

    /** The file a site path refers to, or null. */
    public Path resolveLocal(String sitePath) {
        String relative = sitePath.replaceFirst("^/+", "").replaceFirst("[?#].*$", "");
        if (relative.isEmpty() || relative.contains("..")) {
            return null;
        }
        for (Path root : assetRoots) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** What an officer probably meant by a Vietnamese status word. */
    private static String statusMeant(String status) {
        String s = status.toLowerCase(Locale.ROOT).strip();
        if (s.equals("đăng") || s.equals("xuất bản") || s.equals("publish") || s.equals("public")) {
            return "published";
        }
        if (s.equals("nháp") || s.equals("bản nháp") || s.equals("chưa đăng")) {
            return "draft";
        }
        return null;
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> sortedKeys(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.removeIf(k -> k.equals("cached"));
        list.sort(null);
        return list;
    }

    /**
     * Keys neither common nor the type's own. Only a warning: JBake sites carry keys of their own,
     * but a misspelt key (sumary=) would otherwise vanish without a word.
     */
    public void reportUnknownKeys(ContentHeader header, ProblemSink warnings) {
        ContentType type = types.find(header.value("type")).orElse(null);
        if (type == null) {
            return;
        }
        Set<String> known = new HashSet<>(COMMON_KEYS);
        known.addAll(type.extraKeys());
        for (HeaderField field : header.fields().values()) {
            if (!known.contains(field.key())) {
                warnings.report(field.line(), "Khóa \"" + field.key() + "\" không dùng cho " + type.label()
                    + " nên bị bỏ qua. Nếu viết nhầm, hãy sửa; các khóa dùng được: " + String.join(", ", sortedKeys(known)) + ".");
            }
        }
    }

    /** Counts what passes through, so the validator knows whether this file had faults. */
    static final class ErrorCounter implements ProblemSink {
        private final ProblemSink target;
        private int count;

        ErrorCounter(ProblemSink target) {
            this.target = target;
        }

        @Override
        public void report(int line, String message) {
            count++;
            target.report(line, message);
        }

        int count() {
            return count;
        }
    }
}
