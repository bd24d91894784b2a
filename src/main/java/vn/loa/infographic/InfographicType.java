package vn.loa.infographic;

import vn.loa.content.ContentHeader;
import vn.loa.content.ContentType;
import vn.loa.content.ProblemSink;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code type=infographic}: pages at /infographic/&lt;slug&gt;/. Header keys of its own:
 * {@code kind} (data or image), {@code chart} and {@code out-of} for data, {@code image} and
 * {@code image-alt} for image, and {@code source}, {@code source-year}, {@code source-url} for both.
 */
public final class InfographicType implements ContentType {
    public static final String TYPE = "infographic";
    public static final String DATA = "data";
    public static final String IMAGE = "image";
    static final int MIN_ICONS = 2;
    static final int MAX_ICONS = 20;
    static final int DEFAULT_ICONS = 10;

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "infographic";
    }

    @Override
    public String section() {
        return "infographic";
    }

    @Override
    public Set<String> extraKeys() {
        return Set.of("kind", "chart", "out-of", "image", "image-alt", "source", "source-year", "source-url");
    }

    @Override
    public void validate(ContentHeader header, ProblemSink problems) {
        String kind = value(header, "kind");
        if (kind.isEmpty()) {
            problems.report(header.lineOf("kind"), "Infographic chưa cho biết loại. Hãy thêm dòng kind=data (biểu đồ vẽ từ bảng số liệu "
                + "trong bài) hoặc kind=image (ảnh PNG/JPEG có sẵn).");
        } else if (kind.equals(DATA)) {
            checkChart(header, problems);
        } else if (kind.equals(IMAGE)) {
            checkImage(header, problems);
        } else {
            problems.report(header.lineOf("kind"), "Loại infographic \"" + kind + "\" không có. Hãy viết kind=data (biểu đồ từ bảng số liệu) "
                + "hoặc kind=image (ảnh có sẵn).");
        }
        checkSource(header, problems);
    }

    private static void checkChart(ContentHeader header, ProblemSink problems) {
        String chart = value(header, "chart");
        if (chart.isEmpty()) {
            problems.report(header.lineOf("kind"), "Infographic số liệu cần chọn kiểu biểu đồ. Hãy thêm dòng chart=... với một trong các kiểu: "
                + ChartKind.describe() + ".");
            return;
        }
        ChartKind kind = ChartKind.of(chart).orElse(null);
        if (kind == null) {
            problems.report(header.lineOf("chart"), "Kiểu biểu đồ \"" + chart + "\" không có. Hãy chọn một trong các kiểu: "
                + ChartKind.describe() + ".");
            return;
        }
        String outOf = value(header, "out-of");
        if (!outOf.isEmpty()) {
            if (kind != ChartKind.PICTOGRAM) {
                problems.report(header.lineOf("out-of"), "Khóa out-of chỉ dùng cho chart=pictogram. Hãy xóa dòng này hoặc đổi kiểu biểu đồ.");
            } else if (!WHOLE.matcher(outOf).matches() || Integer.parseInt(outOf) < MIN_ICONS || Integer.parseInt(outOf) > MAX_ICONS) {
                problems.report(header.lineOf("out-of"), "out-of=" + outOf + " không hợp lệ. Hãy viết một số nguyên từ " + MIN_ICONS + " đến "
                    + MAX_ICONS + ", ví dụ out-of=3 để vẽ \"2 trong 3\".");
            }
        }
    }

    private static void checkImage(ContentHeader header, ProblemSink problems) {
        String image = value(header, "image");
        if (image.isEmpty()) {
            problems.report(header.lineOf("kind"), "Infographic ảnh cần có tệp ảnh. Hãy đặt ảnh PNG hoặc JPEG vào assets/images/ "
                + "và thêm dòng image=/images/ten-anh.png.");
        } else if (!image.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g)")) {
            problems.report(header.lineOf("image"), "Ảnh \"" + image + "\" không phải PNG hoặc JPEG. Hãy lưu ảnh dạng .png hoặc .jpg.");
        }
        if (value(header, "image-alt").isEmpty()) {
            problems.report(header.lineOf(header.value("image") != null ? "image" : "kind"), "Infographic ảnh chưa có mô tả ảnh. "
                + "Hãy thêm dòng image-alt= tóm tắt điều ảnh truyền tải (các con số chính), cho người dùng trình đọc màn hình.");
        }
    }

    /** How `loa new` begins the source line of a fresh infographic (see vn.loa.scaffold.Skeleton). */
    static final String PLACEHOLDER = "Cần ghi:";

    private static void checkSource(ContentHeader header, ProblemSink problems) {
        if (value(header, "source").isEmpty()) {
            problems.report(header.lineOf("source"), "Infographic chưa ghi nguồn số liệu. Hãy thêm dòng source=tên cơ quan hoặc tài liệu "
                + "công bố số liệu, ví dụ source=Tổng cục Thống kê và UNFPA, Điều tra quốc gia về bạo lực đối với phụ nữ.");
        } else if (value(header, "source").startsWith(PLACEHOLDER) && "published".equals(header.value("status"))) {
            // `loa new` pre-fills the source so a draft previews; it must never reach citizens as the cited source.
            problems.report(header.lineOf("source"), "Nguồn số liệu vẫn là dòng nhắc của bản mẫu (\"" + PLACEHOLDER + "…\"). "
                + "Hãy ghi tên cơ quan hoặc tài liệu công bố số liệu trước khi đăng.");
        }
        String year = value(header, "source-year");
        if (year.isEmpty()) {
            problems.report(header.lineOf("source-year"), "Infographic chưa ghi năm của nguồn số liệu. Hãy thêm dòng source-year=năm công bố "
                + "hoặc năm khảo sát, ví dụ source-year=2019.");
        } else if (!YEAR.matcher(year).matches()) {
            problems.report(header.lineOf("source-year"), "Năm nguồn \"" + year + "\" không hợp lệ. Hãy viết năm bằng 4 chữ số, ví dụ source-year=2019.");
        }
        String url = value(header, "source-url");
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            problems.report(header.lineOf("source-url"), "Địa chỉ nguồn \"" + url + "\" cần bắt đầu bằng https:// (hoặc http://). "
                + "Hãy chép đầy đủ địa chỉ trang công bố số liệu, hoặc xóa dòng này.");
        }
    }

    private static String value(ContentHeader header, String key) {
        String value = header.value(key);
        return value == null ? "" : value.strip();
    }
}
