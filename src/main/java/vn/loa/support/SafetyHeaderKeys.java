package vn.loa.support;

import vn.loa.content.ContentHeader;
import vn.loa.content.ContentType;
import vn.loa.content.ProblemSink;

import java.util.HashSet;
import java.util.Set;

/**
 * Adds the safety header keys to a content type, so any article, page or event can say it is about
 * violence even without a violence tag:
 * <ul>
 *   <li>{@code sensitive=true}: a page a reader may need to leave quickly or hide (safe browsing);</li>
 *   <li>{@code topic=bao-luc}: a page about gender-based violence.</li>
 * </ul>
 * Both give the page the support box, the quick-exit control and {@code no-referrer}.
 * A decorator: every method of {@link ContentType} must be passed on to the wrapped type.
 */
record SafetyHeaderKeys(ContentType inner) implements ContentType {
    static final String SENSITIVE = "sensitive";
    static final String TOPIC = "topic";
    static final String VIOLENCE_TOPIC = "bao-luc";

    @Override
    public String type() {
        return inner.type();
    }

    @Override
    public String label() {
        return inner.label();
    }

    @Override
    public String section() {
        return inner.section();
    }

    @Override
    public String template() {
        return inner.template();
    }

    @Override
    public Set<String> extraKeys() {
        Set<String> keys = new HashSet<>(inner.extraKeys());
        keys.add(SENSITIVE);
        keys.add(TOPIC);
        return keys;
    }

    @Override
    public void validate(ContentHeader header, ProblemSink problems) {
        inner.validate(header, problems);
        String sensitive = header.value(SENSITIVE);
        if (sensitive != null && !sensitive.isBlank() && !sensitive.strip().equals("true") && !sensitive.strip().equals("false")) {
            problems.report(header.lineOf(SENSITIVE), "Giá trị \"" + sensitive + "\" của sensitive không hợp lệ. Hãy viết "
                + "sensitive=true cho trang người đọc có thể cần thoát nhanh (trang có nút Thoát nhanh, ô hỗ trợ), "
                + "hoặc xóa dòng này.");
        }
        String topic = header.value(TOPIC);
        if (topic != null && !topic.isBlank() && !topic.strip().equals(VIOLENCE_TOPIC)) {
            problems.report(header.lineOf(TOPIC), "Chủ đề trang (topic) \"" + topic + "\" không có. Hiện chỉ dùng được "
                + "topic=bao-luc cho trang về bạo lực trên cơ sở giới; với chủ đề khác hãy dùng tags=.");
        }
    }

    /** True when the header itself marks the page as one needing the safety features. */
    static boolean marksSafetyPage(ContentHeader header) {
        return "true".equals(strip(header.value(SENSITIVE))) || VIOLENCE_TOPIC.equals(strip(header.value(TOPIC)));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
