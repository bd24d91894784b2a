package vn.loa.scaffold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a new document: a header with every key the kind uses, pre-filled where Loa knows the
 * answer (today's date, the slug, the unit, {@code status=draft}), with Vietnamese notes on what to fill in.
 *
 * <p>AsciiDoc notes are {@code //} comment lines inside the header, which both Asciidoctor and Loa's
 * header reader skip. A JBake {@code key=value} header cannot hold comments (Loa refuses any header
 * line without {@code =}), so Markdown notes go in an HTML comment at the top of the body: readers
 * never see it, and the officer deletes it when done.
 */
public final class Skeleton {
    private static final String EMPTY = "";

    private Skeleton() {
    }

    /** The fields of a new document of this kind, in the order they are written. */
    public static List<SkeletonField> fields(ContentKind kind, String slug, LocalDate today, String unit) {
        return fields(kind, slug, today, unit, List.of());
    }

    /** @param categories the site's event categories (data/lich/loai-su-kien.yml), first one pre-filled */
    static List<SkeletonField> fields(ContentKind kind, String slug, LocalDate today, String unit,
                                      List<EventCategories.Category> categories) {
        List<SkeletonField> fields = new ArrayList<>();
        fields.add(new SkeletonField("type", kind.type(),
            "Loại nội dung (" + kind.type() + " = " + kind.label() + "). Không sửa dòng này."));
        fields.add(new SkeletonField("status", "draft",
            "draft = bản nháp: chỉ hiện khi xem trước trên máy, không bao giờ được đăng. "
                + "Khi đã sẵn sàng đăng, đổi draft thành published."));
        fields.add(new SkeletonField("date", today.toString(),
            "Ngày đăng, viết năm-tháng-ngày (ví dụ 2026-11-15 là ngày 15/11/2026)."));
        fields.add(new SkeletonField("slug", slug,
            "Đường dẫn của trang: " + kind.url(slug) + " (chữ không dấu, nối bằng dấu gạch ngang). "
                + "Giữ nguyên kể cả khi sửa tiêu đề, để các liên kết đã chia sẻ không bị hỏng."));
        fields.add(new SkeletonField("unit", unit,
            "Đơn vị đăng (lấy từ cấu hình trang web). Sửa nếu đơn vị khác đăng."));
        fields.add(new SkeletonField("summary", EMPTY,
            "Tóm tắt một, hai câu: hiện trong danh sách bài và khi chia sẻ lên Zalo, Facebook."));
        switch (kind) {
            case POST -> {
                addTags(fields);
                fields.add(new SkeletonField("author", EMPTY, "Tác giả hoặc phòng, ban viết bài (không bắt buộc)."));
                addCover(fields);
            }
            case EVENT -> addEventFields(fields, today, categories);
            case INFOGRAPHIC -> addInfographicFields(fields, today);
            case PAGE -> {
            }
        }
        return fields;
    }

    private static void addTags(List<SkeletonField> fields) {
        fields.add(new SkeletonField("tags", EMPTY,
            "Chủ đề, ngăn cách bằng dấu phẩy, ví dụ: bình đẳng giới, gia đình, pháp luật."));
    }

    private static void addCover(List<SkeletonField> fields) {
        fields.add(new SkeletonField("cover", EMPTY,
            "Ảnh bìa (không bắt buộc): đặt ảnh vào assets/images/ rồi viết /images/ten-anh.jpg."));
        fields.add(new SkeletonField("cover-alt", EMPTY,
            "Bắt buộc khi có ảnh bìa: một câu tả điều ảnh thể hiện, cho người không nhìn thấy ảnh."));
    }

    private static void addEventFields(List<SkeletonField> fields, LocalDate today, List<EventCategories.Category> categories) {
        fields.add(new SkeletonField("start", today.toString(),
            "Ngày bắt đầu sự kiện, viết năm-tháng-ngày."));
        fields.add(new SkeletonField("end", EMPTY,
            "Ngày kết thúc (năm-tháng-ngày). Để trống nếu sự kiện diễn ra trong một ngày."));
        fields.add(new SkeletonField("start-time", EMPTY,
            "Giờ bắt đầu, viết giờ:phút kiểu 24 giờ, ví dụ 07:30 hoặc 14:00. Để trống nếu cả ngày."));
        fields.add(new SkeletonField("end-time", EMPTY, "Giờ kết thúc, ví dụ 11:00 (không bắt buộc)."));
        fields.add(new SkeletonField("location", EMPTY,
            "Địa điểm: tên nơi tổ chức và địa chỉ, ví dụ Nhà văn hóa thôn 3, xã Hòa Giang."));
        fields.add(new SkeletonField("organiser", EMPTY, "Đơn vị tổ chức."));
        fields.add(new SkeletonField("audience", EMPTY,
            "Dành cho ai, ví dụ: phụ nữ và nam giới trong xã, học sinh trung học cơ sở."));
        fields.add(categoryField(categories));
        addTags(fields);
    }

    private static SkeletonField categoryField(List<EventCategories.Category> categories) {
        if (categories.isEmpty()) {
            return new SkeletonField("category", EMPTY, "Loại sự kiện: một mã trong tệp " + EventCategories.FILE + ".");
        }
        StringBuilder choices = new StringBuilder();
        for (EventCategories.Category c : categories) {
            choices.append(choices.length() == 0 ? "" : ", ").append(c.id());
            if (!c.name().isBlank()) {
                choices.append(" (").append(c.name()).append(')');
            }
        }
        return new SkeletonField("category", categories.get(0).id(),
            "Loại sự kiện, chọn một mã: " + choices + ". Danh sách ở " + EventCategories.FILE + ".");
    }

    private static void addInfographicFields(List<SkeletonField> fields, LocalDate today) {
        fields.add(new SkeletonField("kind", "data",
            "data = Loa vẽ biểu đồ từ bảng số liệu trong bài; image = ảnh PNG/JPEG có sẵn (thêm image= và image-alt=)."));
        fields.add(new SkeletonField("chart", "bar",
            "Kiểu biểu đồ: bar (thanh ngang), stacked (các phần của 100%), pictogram (hình người), "
                + "number (con số lớn) hoặc timeline (mốc thời gian)."));
        fields.add(new SkeletonField("source", "Cần ghi: tên cơ quan hoặc tài liệu công bố số liệu",
            "Nguồn số liệu (bắt buộc), ví dụ: Tổng cục Thống kê và UNFPA, Điều tra quốc gia về bạo lực đối với phụ nữ."));
        fields.add(new SkeletonField("source-year", String.valueOf(today.getYear()),
            "Năm công bố hoặc năm khảo sát của số liệu, 4 chữ số, ví dụ 2019."));
        fields.add(new SkeletonField("source-url", EMPTY,
            "Địa chỉ trang công bố số liệu, bắt đầu bằng https:// (không bắt buộc)."));
        addTags(fields);
    }

    /** The whole file. */
    public static String render(ContentKind kind, ScaffoldFormat format, String title, List<SkeletonField> fields) {
        return format == ScaffoldFormat.ASCIIDOC ? asciidoc(kind, title, fields) : markdown(kind, title, fields);
    }

    private static String asciidoc(ContentKind kind, String title, List<SkeletonField> fields) {
        StringBuilder s = new StringBuilder();
        s.append("= ").append(title).append('\n');
        s.append("// Các dòng bắt đầu bằng // là ghi chú cho người viết, không hiện trên trang.\n");
        s.append("// Phần đầu bài: mỗi dòng có dạng :jbake-khóa: giá trị. Phần đầu kết thúc ở dòng trống đầu tiên.\n");
        for (SkeletonField field : fields) {
            s.append("// ").append(field.hint()).append('\n');
            s.append(":jbake-").append(field.key()).append(':');
            if (!field.value().isEmpty()) {
                s.append(' ').append(field.value());
            }
            s.append('\n');
        }
        s.append('\n');
        for (String line : bodyNotes(kind, ScaffoldFormat.ASCIIDOC)) {
            s.append("// ").append(line).append('\n');
        }
        s.append(bodyText(kind, ScaffoldFormat.ASCIIDOC));
        return s.toString();
    }

    private static String markdown(ContentKind kind, String title, List<SkeletonField> fields) {
        StringBuilder s = new StringBuilder();
        s.append("title=").append(title).append('\n');
        for (SkeletonField field : fields) {
            s.append(field.key()).append('=').append(field.value()).append('\n');
        }
        s.append("~~~~~~\n\n");
        s.append("<!--\n");
        s.append("GHI CHÚ CHO NGƯỜI VIẾT (không hiện trên trang; xóa cả khối này khi viết xong).\n");
        s.append("Phần đầu bài là các dòng khóa=giá trị ở trên, kết thúc bằng dòng ~~~~~~. Mỗi khóa:\n");
        s.append("* title: tiêu đề bài.\n");
        for (SkeletonField field : fields) {
            s.append("* ").append(field.key()).append(": ").append(field.hint()).append('\n');
        }
        for (String line : bodyNotes(kind, ScaffoldFormat.MARKDOWN)) {
            s.append(line).append('\n');
        }
        s.append("-->\n\n");
        s.append(bodyText(kind, ScaffoldFormat.MARKDOWN));
        return s.toString();
    }

    private static List<String> bodyNotes(ContentKind kind, ScaffoldFormat format) {
        boolean adoc = format == ScaffoldFormat.ASCIIDOC;
        List<String> notes = new ArrayList<>();
        notes.add("Nội dung viết từ đây. Đoạn đầu nói điều quan trọng nhất trong hai, ba câu.");
        notes.add(adoc ? "Mục lớn: dòng \"== Tên mục\". Ảnh: image::/images/ten-anh.jpg[Mô tả ảnh]."
            : "Mục lớn: dòng \"## Tên mục\". Ảnh: ![Mô tả ảnh](/images/ten-anh.jpg).");
        switch (kind) {
            case EVENT -> notes.add("Nói rõ mục đích, chương trình, ai nên đến, cần mang gì, hỏi ai khi cần.");
            case INFOGRAPHIC -> {
                notes.add("Biểu đồ vẽ từ bảng đầu tiên: 2 cột, dòng đầu là tên cột; số viết kiểu 62,9% hoặc 1.250.");
                notes.add("Viết bằng lời các con số chính, cho người không xem được hình.");
            }
            default -> {
            }
        }
        notes.add("Hướng dẫn đầy đủ: docs/huong-dan/README.md.");
        return notes;
    }

    private static String bodyText(ContentKind kind, ScaffoldFormat format) {
        String heading = format == ScaffoldFormat.ASCIIDOC ? "== " : "## ";
        String intro = switch (kind) {
            case EVENT -> "Giới thiệu ngắn về sự kiện.";
            case INFOGRAPHIC -> "Giải thích ngắn về số liệu.";
            default -> "Đoạn mở đầu.";
        };
        String table = "";
        if (kind == ContentKind.INFOGRAPHIC) {
            table = format == ScaffoldFormat.ASCIIDOC
                ? "[options=\"header\"]\n|===\n|Nhóm |Tỷ lệ\n|Nhóm thứ nhất |50%\n|Nhóm thứ hai |30%\n|===\n\n"
                : "| Nhóm | Tỷ lệ |\n|---|---|\n| Nhóm thứ nhất | 50% |\n| Nhóm thứ hai | 30% |\n\n";
        }
        return table + intro + "\n\n" + heading + "Tên mục thứ nhất\n\nNội dung của mục.\n";
    }
}
