package vn.loa.calendar;

import vn.loa.build.BuildProblems;
import vn.loa.build.Overrides;
import vn.loa.content.ProblemSink;
import vn.loa.text.Slugs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar's two data files, checked value by value with their lines:
 * {@code data/lich/loai-su-kien.yml} (event categories) and {@code data/lich/ngay-ky-niem.yml}
 * (observances that come back every year).
 */
public final class CalendarData {
    public static final String CATEGORIES_FILE = "lich/loai-su-kien.yml";
    public static final String OBSERVANCES_FILE = "lich/ngay-ky-niem.yml";
    /** Feed names under /lich/ that a category id must not take (/lich/tat-ca.ics is every event). */
    static final Set<String> RESERVED_IDS = Set.of("tat-ca");

    private static final Set<String> CATEGORY_KEYS = Set.of("id", "name");
    private static final Set<String> OBSERVANCE_KEYS = Set.of("id", "name", "date", "from", "to", "summary", "text", "notice", "links");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    private final Map<String, EventCategory> categories;
    private final List<Observance> observances;

    private CalendarData(Map<String, EventCategory> categories, List<Observance> observances) {
        this.categories = categories;
        this.observances = observances;
    }

    /** Categories by id, in file order. */
    public Map<String, EventCategory> categories() {
        return categories;
    }

    /** Observances in file order. */
    public List<Observance> observances() {
        return observances;
    }

    /**
     * @param overrideDir the province's data folder (tuy-bien/data/): a file there replaces Loa's whole file
     * @param pageExists whether a site path (/bai-viet/x/) is a page of this site, for {@code links}
     */
    public static CalendarData read(Path dataDir, Path overrideDir, BuildProblems problems, Predicate<String> pageExists) {
        Path categoriesFile = Overrides.file(dataDir, overrideDir, CATEGORIES_FILE);
        Path observancesFile = Overrides.file(dataDir, overrideDir, OBSERVANCES_FILE);
        Map<String, EventCategory> categories = new LinkedHashMap<>();
        if (Files.isRegularFile(categoriesFile)) {
            readCategories(categoriesFile, (line, message) -> problems.error(categoriesFile, line, message), categories);
        }
        List<Observance> observances = new ArrayList<>();
        if (Files.isRegularFile(observancesFile)) {
            readObservances(observancesFile, (line, message) -> problems.error(observancesFile, line, message),
                (line, message) -> problems.warning(observancesFile, line, message), pageExists, observances);
        }
        return new CalendarData(Collections.unmodifiableMap(categories), List.copyOf(observances));
    }

    private static void readCategories(Path file, ProblemSink problems, Map<String, EventCategory> out) {
        List<YamlEntries.Entry> entries = YamlEntries.read(file, problems);
        if (entries == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (YamlEntries.Entry entry : entries) {
            checkKeys(entry, CATEGORY_KEYS, problems);
            String id = checkedId(entry, problems, ids);
            String name = entry.text("name");
            if (name == null) {
                problems.report(entry.line(), "Loại sự kiện" + (id == null ? "" : " \"" + id + "\"")
                    + " thiếu tên. Hãy thêm dòng \"name: Tên loại sự kiện\".");
            }
            if (id != null && name != null) {
                out.put(id, new EventCategory(id, name));
            }
        }
    }

    private static void readObservances(Path file, ProblemSink problems, ProblemSink warnings, Predicate<String> pageExists,
                                        List<Observance> out) {
        List<YamlEntries.Entry> entries = YamlEntries.read(file, problems);
        if (entries == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (YamlEntries.Entry entry : entries) {
            int[] faults = {0};
            ProblemSink counted = (line, message) -> {
                faults[0]++;
                problems.report(line, message);
            };
            Observance observance = observance(entry, counted, warnings, pageExists, ids);
            if (observance != null && faults[0] == 0) {
                out.add(observance);
            }
        }
    }

    private static Observance observance(YamlEntries.Entry entry, ProblemSink problems, ProblemSink warnings, Predicate<String> pageExists,
                                          Set<String> ids) {
        checkKeys(entry, OBSERVANCE_KEYS, problems);
        String id = checkedId(entry, problems, ids);
        String name = entry.text("name");
        String label = id == null ? "Mục ở dòng " + entry.line() : "Mục \"" + id + "\"";
        if (name == null) {
            problems.report(entry.line(), label + " thiếu tên. Hãy thêm dòng \"name: Tên ngày kỷ niệm\".");
        }
        String summary = entry.text("summary");
        if (summary == null) {
            problems.report(entry.line(), label + " thiếu phần tóm tắt. Hãy thêm dòng \"summary: một, hai câu giới thiệu\".");
        }
        MonthDay first;
        MonthDay last = null;
        if (entry.value("date") != null) {
            if (entry.value("from") != null || entry.value("to") != null) {
                problems.report(entry.lineOf("date"), label + " có cả date lẫn from/to. Một ngày thì chỉ viết "
                    + "\"date: 8/3\"; một khoảng thời gian thì viết \"from: 15/11\" và \"to: 15/12\".");
            }
            first = dayMonth(entry, "date", entry.lineOf("date"), problems);
        } else if (entry.value("from") != null || entry.value("to") != null) {
            int periodLine = entry.lineOf(entry.value("from") != null ? "from" : "to");
            first = dayMonth(entry, "from", periodLine, problems);
            last = dayMonth(entry, "to", periodLine, problems);
        } else {
            problems.report(entry.line(), label + " thiếu ngày. Hãy thêm \"date: ngày/tháng\" (ví dụ date: 8/3), "
                + "hoặc \"from:\" và \"to:\" cho một tháng hành động.");
            first = null;
        }
        if (entry.value("notice") != null && entry.value("date") != null) {
            problems.report(entry.lineOf("notice"), label + ": thông báo (notice) chỉ dùng cho một khoảng thời gian "
                + "có from/to. Hãy bỏ dòng notice hoặc đổi date thành from/to.");
        }
        List<String> links = links(entry, label, problems, warnings, pageExists);
        if (id == null || name == null || summary == null || first == null || (entry.value("from") != null && last == null)) {
            return null;
        }
        return new Observance(id, name, first, last, summary, paragraphs(entry.text("text")), entry.text("notice"), links);
    }

    /** A link to a page that is gone only warns: deleting an article must not stop the whole site. */
    private static List<String> links(YamlEntries.Entry entry, String label, ProblemSink problems, ProblemSink warnings,
                                      Predicate<String> pageExists) {
        YamlEntries.Value value = entry.value("links");
        if (value == null) {
            return List.of();
        }
        if (value.items() == null) {
            problems.report(value.line(), label + ": links là danh sách đường dẫn, mỗi dòng \"  - /bai-viet/ten-bai/\".");
            return List.of();
        }
        List<String> links = new ArrayList<>();
        for (String link : value.items()) {
            String path = link.startsWith("/") ? link : "/" + link;
            path = path.endsWith("/") ? path : path + "/";
            if (!pageExists.test(path)) {
                warnings.report(value.line(), label + ": không có trang " + link + " trên trang web nên liên kết này được bỏ qua. "
                    + "Hãy chép đường dẫn của một bài đã đăng, ví dụ /bai-viet/ten-bai/, hoặc xóa dòng này.");
            } else {
                links.add(path);
            }
        }
        return List.copyOf(links);
    }

    /** @param missingLine where to point when the key is absent (its partner's line) */
    private static MonthDay dayMonth(YamlEntries.Entry entry, String key, int missingLine, ProblemSink problems) {
        String value = entry.text(key);
        int line = entry.value(key) == null ? missingLine : entry.lineOf(key);
        if (value == null) {
            problems.report(line, "Thiếu \"" + key + ": ngày/tháng\", ví dụ " + key + ": 15/11.");
            return null;
        }
        Matcher m = DAY_MONTH.matcher(value);
        if (!m.matches()) {
            problems.report(line, "Ngày \"" + value + "\" (" + key + ") viết chưa đúng dạng. Hãy viết ngày/tháng, ví dụ 15/11.");
            return null;
        }
        try {
            MonthDay day = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (day.equals(MonthDay.of(2, 29))) {
                problems.report(line, "Ngày 29/2 chỉ có trong năm nhuận nên không dùng được cho ngày lặp lại hằng năm.");
                return null;
            }
            return day;
        } catch (DateTimeException e) {
            problems.report(line, "Ngày \"" + value + "\" (" + key + ") không có thật trên lịch. Hãy kiểm tra lại ngày và tháng.");
            return null;
        }
    }

    private static String checkedId(YamlEntries.Entry entry, ProblemSink problems, Set<String> taken) {
        String id = entry.text("id");
        if (id == null) {
            problems.report(entry.line(), "Mục này thiếu id (tên trong đường dẫn). Hãy thêm dòng \"id: ten-khong-dau\", "
                + "ví dụ id: tap-huan.");
            return null;
        }
        if (!Slugs.isValid(id) || RESERVED_IDS.contains(id)) {
            problems.report(entry.lineOf("id"), "id \"" + id + "\" không dùng được. Chỉ dùng chữ thường không dấu, số và "
                + "dấu gạch ngang (ví dụ " + (Slugs.of(id).isEmpty() ? "tap-huan" : Slugs.of(id)) + "), và không dùng "
                + String.join(", ", RESERVED_IDS.stream().sorted().toList()) + ".");
            return null;
        }
        if (!taken.add(id)) {
            problems.report(entry.lineOf("id"), "id \"" + id + "\" bị trùng với một mục phía trên. Mỗi mục cần một id riêng.");
            return null;
        }
        return id;
    }

    private static void checkKeys(YamlEntries.Entry entry, Set<String> known, ProblemSink problems) {
        for (String key : entry.values().keySet()) {
            if (!known.contains(key)) {
                problems.report(entry.lineOf(key), "Khóa \"" + key + "\" không dùng ở đây. Các khóa dùng được: "
                    + String.join(", ", known.stream().sorted().toList()) + ". Nếu viết nhầm, hãy sửa lại.");
            }
        }
    }

    /** Paragraphs are separated by a blank line, as officers write them in the YAML block (text: |). */
    private static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : text.strip().split("\\n\\s*\\n")) {
            String p = part.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
