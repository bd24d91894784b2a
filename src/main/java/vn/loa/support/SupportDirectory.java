package vn.loa.support;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The support directory: every help number the site shows, read from ONE data file,
 * {@code data/ho-tro.yml}, so that a number changed there changes on every page at once.
 * The build (support page, support box) and the gender-in-media checker (rule G7) both load it here.
 *
 * <pre>
 * SupportDirectory dir = SupportDirectory.load((Map&lt;?, ?&gt;) siteData.get("ho-tro"));
 * dir.numbers();            // ["111", "1900 969 680", ...]
 * dir.isAboutViolence(tags) // a page with one of violence_tags
 * </pre>
 */
public final class SupportDirectory {
    /** The key of the data file in the site's data map (data/ho-tro.yml without extension). */
    public static final String DATA_KEY = "ho-tro";

    private static final Set<String> TOP_KEYS = Set.of("violence_tags", "national", "local", "updated");
    private static final List<String> SERVICE_KEYS = List.of("name", "number", "free", "hours", "for", "address", "in_box");
    /** How to write a number so that the YAML reader keeps it exactly as written. */
    static final String QUOTE_IT = "Hãy viết số trong ngoặc kép, đúng như khi đọc cho người dân, ví dụ number: \"1900 969 680\".";

    private final List<SupportService> services;
    private final List<String> violenceTags;
    private final LocalDate updated;

    private SupportDirectory(List<SupportService> services, List<String> violenceTags, LocalDate updated) {
        this.services = List.copyOf(services);
        this.violenceTags = List.copyOf(violenceTags);
        this.updated = updated;
    }

    /** The directory from the site's data map (all data files by key), if the site has the file. */
    public static Optional<SupportDirectory> fromSiteData(Map<String, ?> siteData) throws SupportDataException {
        Object file = siteData.get(DATA_KEY);
        return file == null ? Optional.empty() : Optional.of(load(file));
    }

    /**
     * Reads the content of {@code data/ho-tro.yml} as the YAML reader returned it.
     *
     * @throws SupportDataException with a Vietnamese message and the path to the faulty value
     */
    public static SupportDirectory load(Object file) throws SupportDataException {
        Map<?, ?> top = mapping(file, List.of(), "Tệp danh bạ hỗ trợ cần có các mục violence_tags, national và local.");
        for (Object key : top.keySet()) {
            if (!TOP_KEYS.contains(String.valueOf(key))) {
                throw new SupportDataException(List.of(String.valueOf(key)), "Mục \"" + key + "\" không dùng được trong danh bạ hỗ trợ. "
                    + "Các mục dùng được: violence_tags, national, local, updated. Nếu viết nhầm, hãy sửa lại.");
            }
        }
        List<SupportService> services = new ArrayList<>();
        services.addAll(services(top, "national", true));
        services.addAll(services(top, "local", false));
        rejectRepeatedNumbers(services, top);
        return new SupportDirectory(services, tags(top), updated(top));
    }

    /**
     * The directory as the site at {@code source} shows it (Loa's {@code data/ho-tro.yml} with the province's
     * {@code tuy-bien/data/ho-tro.yml} over it), or empty when it is absent or invalid: for tools that only use the
     * numbers (the checker's suggestions) and leave reporting a faulty file to the build.
     */
    public static Optional<SupportDirectory> forSite(java.nio.file.Path source) {
        try {
            Object raw = vn.loa.build.DataFiles.readOne(source.resolve("data"), vn.loa.build.Overrides.data(source),
                DATA_KEY, new vn.loa.build.BuildProblems(source));
            return raw == null ? Optional.empty() : Optional.of(load(raw));
        } catch (SupportDataException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Nationwide numbers first, then local services, in file order. */
    public List<SupportService> services() {
        return services;
    }

    /** Every number as written in the file ("1900 969 680"), in file order. */
    public List<String> numbers() {
        return services.stream().map(SupportService::number).toList();
    }

    /** Tags that make a page one about gender-based violence (NFC, lower case). */
    public List<String> violenceTags() {
        return violenceTags;
    }

    /** When the directory was last checked, or null. */
    public LocalDate updated() {
        return updated;
    }

    public boolean isAboutViolence(Collection<String> tags) {
        for (String tag : tags) {
            if (violenceTags.contains(normalise(tag))) {
                return true;
            }
        }
        return false;
    }

    /** What templates read as {@code support}: national, local, box (services for the compact box). */
    public Map<String, Object> templateModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("national", services.stream().filter(SupportService::national).map(SupportService::templateModel).toList());
        m.put("local", services.stream().filter(s -> !s.national()).map(SupportService::templateModel).toList());
        m.put("box", services.stream().filter(SupportService::inBox).map(SupportService::templateModel).toList());
        if (updated != null) {
            m.put("updatedIso", updated.toString());
            m.put("updatedText", vn.loa.text.VietDates.numeric(updated));
        }
        return m;
    }

    private static List<SupportService> services(Map<?, ?> top, String section, boolean national) throws SupportDataException {
        String what = national ? "các số điện thoại toàn quốc" : "các nơi hỗ trợ của địa phương";
        Object value = top.get(section);
        if (value == null) {
            throw new SupportDataException(List.of(), "Thiếu mục " + section + " (" + what + "). Hãy thêm \"" + section
                + ":\" và liệt kê mỗi nơi hỗ trợ bằng một dòng \"- name: ...\".");
        }
        if (!(value instanceof List<?> list)) {
            throw new SupportDataException(List.of(section), "Mục " + section + " cần là một danh sách, mỗi nơi hỗ trợ "
                + "bắt đầu bằng \"- name: ...\" trên một dòng riêng.");
        }
        List<SupportService> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(service(list.get(i), List.of(section, i), national, what + ", mục thứ " + (i + 1)));
        }
        return out;
    }

    private static SupportService service(Object raw, List<Object> path, boolean national, String where) throws SupportDataException {
        Map<?, ?> entry = mapping(raw, path, "Mỗi nơi hỗ trợ (" + where + ") cần các dòng name:, number: và free:.");
        for (Object key : entry.keySet()) {
            if (!SERVICE_KEYS.contains(String.valueOf(key))) {
                throw new SupportDataException(append(path, String.valueOf(key)), "Khóa \"" + key + "\" không dùng được ("
                    + where + "). Các khóa dùng được: " + String.join(", ", SERVICE_KEYS) + ".");
            }
        }
        String name = text(entry, "name", path, where, true);
        String number = number(entry, path, where);
        Object free = entry.get("free");
        if (!(free instanceof Boolean isFree)) {
            throw new SupportDataException(append(path, free == null ? "number" : "free"), "Chưa ghi rõ gọi số " + number
                + " có mất tiền không (" + where + "). Hãy ghi free: true nếu gọi miễn phí, free: false nếu người gọi "
                + "phải trả cước. Không chắc thì ghi false: người dân không được hiểu nhầm là miễn phí.");
        }
        Object inBox = entry.get("in_box");
        if (inBox != null && !(inBox instanceof Boolean)) {
            throw new SupportDataException(append(path, "in_box"), "Hãy ghi in_box: true hoặc in_box: false (" + where + ").");
        }
        return new SupportService(name, number, PhoneNumbers.dial(number), isFree, text(entry, "hours", path, where, false),
            text(entry, "for", path, where, false), text(entry, "address", path, where, false),
            national, national || Boolean.TRUE.equals(inBox));
    }

    private static String number(Map<?, ?> entry, List<Object> path, String where) throws SupportDataException {
        Object raw = entry.get("number");
        if (raw == null) {
            throw new SupportDataException(path, "Thiếu số điện thoại (number) của nơi hỗ trợ (" + where + "). "
                + "Hãy thêm dòng number: \"0231 3 852 468\".");
        }
        if (!(raw instanceof String written)) {
            // YAML reads an unquoted 02437654321 as an octal number (343890129) and drops leading zeros.
            throw new SupportDataException(append(path, "number"), "Số điện thoại (" + where + ") chưa đặt trong ngoặc kép, "
                + "nên máy đọc nó như một con số (" + raw + ") và có thể đổi số. " + QUOTE_IT);
        }
        String number = Normalizer.normalize(written, Normalizer.Form.NFC).strip();
        String fault = PhoneNumbers.fault(number);
        if (fault != null) {
            throw new SupportDataException(append(path, "number"), fault + " (" + where + ")");
        }
        return number;
    }

    private static void rejectRepeatedNumbers(List<SupportService> services, Map<?, ?> top) throws SupportDataException {
        Set<String> seen = new HashSet<>();
        int nationalCount = ((List<?>) top.get("national")).size();
        for (int i = 0; i < services.size(); i++) {
            SupportService s = services.get(i);
            if (!seen.add(PhoneNumbers.national(s.dial()))) {
                List<Object> path = i < nationalCount ? List.of("national", i, "number") : List.of("local", i - nationalCount, "number");
                throw new SupportDataException(path, "Số " + s.number() + " được ghi hai lần trong danh bạ. Mỗi số chỉ ghi "
                    + "một lần để khi đổi số chỉ phải sửa một chỗ; hãy xóa dòng lặp lại.");
            }
        }
    }

    private static List<String> tags(Map<?, ?> top) throws SupportDataException {
        Object value = top.get("violence_tags");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new SupportDataException(List.of("violence_tags"), "Mục violence_tags cần là một danh sách chủ đề, "
                + "mỗi chủ đề một dòng bắt đầu bằng \"- \", ví dụ \"- bạo lực gia đình\".");
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object tag = list.get(i);
            if (!(tag instanceof String s) || s.isBlank()) {
                throw new SupportDataException(List.of("violence_tags", i), "Chủ đề thứ " + (i + 1) + " trong violence_tags "
                    + "trống hoặc không phải chữ. Hãy viết một chủ đề, ví dụ \"- bạo lực gia đình\".");
            }
            tags.add(normalise(s));
        }
        return tags;
    }

    private static LocalDate updated(Map<?, ?> top) throws SupportDataException {
        Object value = top.get("updated");
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            // YAML reads an unquoted 2026-01-15 as midnight UTC
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new SupportDataException(List.of("updated"), "Ngày cập nhật \"" + value + "\" viết chưa đúng. "
                + "Hãy viết năm-tháng-ngày, ví dụ updated: 2026-01-15.");
        }
    }

    private static Map<?, ?> mapping(Object value, List<Object> path, String message) throws SupportDataException {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new SupportDataException(path, message);
    }

    private static String text(Map<?, ?> entry, String key, List<Object> path, String where, boolean required) throws SupportDataException {
        Object value = entry.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            if (required) {
                throw new SupportDataException(path, "Thiếu " + key + " của nơi hỗ trợ (" + where + "). Hãy thêm dòng " + key + ": ...");
            }
            return null;
        }
        if (!(value instanceof String s)) {
            throw new SupportDataException(append(path, key), "Giá trị của " + key + " (" + where + ") cần là chữ; "
                + "hãy đặt nó trong ngoặc kép.");
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }


    private static String normalise(String tag) {
        return Normalizer.normalize(tag, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    private static List<Object> append(List<Object> path, Object key) {
        List<Object> out = new ArrayList<>(path);
        out.add(key);
        return out;
    }
}
