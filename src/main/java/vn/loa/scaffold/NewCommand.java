package vn.loa.scaffold;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.loa.text.VietDates;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code loa new bai-viet "Tiêu đề"}: a new draft with its header filled in, ready to write. */
@Command(name = "new",
    description = "Tạo bài mới (bản nháp) từ tiêu đề: bai-viet, su-kien, infographic hoặc trang.",
    footer = {"", "Ví dụ:", "  java -jar target/loa.jar new bai-viet \"Ngày hội gia đình bình đẳng\"",
        "  java -jar target/loa.jar new su-kien \"Mít tinh hưởng ứng Tháng hành động\" --markdown"})
public final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LOẠI",
        description = "bai-viet (post), su-kien (event), infographic, trang (page).")
    String kind;

    @Parameters(index = "1", paramLabel = "TIÊU_ĐỀ", description = "Tiêu đề, viết trong dấu ngoặc kép.")
    String title;

    @Option(names = "--markdown", description = "Viết bằng Markdown (.md) thay cho AsciiDoc (.adoc).")
    boolean markdown;

    @Option(names = "--source", description = "Thư mục gốc của kho nội dung. Mặc định: thư mục hiện tại.")
    Path source = Path.of(".");

    @Spec
    CommandSpec spec;

    private final Clock clock;

    public NewCommand() {
        this(Clock.system(VietDates.ZONE));
    }

    /** @param clock "today" for the new document's date; its zone is ignored, Vietnam's calendar day counts */
    public NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContentKind found = ContentKind.find(kind).orElse(null);
        if (found == null) {
            err.println("Loa: không có loại \"" + kind + "\". Hãy chọn một trong: " + ContentKind.describeAll() + ".");
            return 1;
        }
        LocalDate today = LocalDate.now(clock.withZone(VietDates.ZONE));
        ScaffoldFormat format = markdown ? ScaffoldFormat.MARKDOWN : ScaffoldFormat.ASCIIDOC;
        Scaffolder.Created created;
        try {
            created = new Scaffolder(source).create(found, title, format, today);
        } catch (ScaffoldException e) {
            err.println("Loa: chưa tạo được " + found.label() + ". " + e.getMessage());
            return 1;
        }
        printNextSteps(out, found, format, created);
        return 0;
    }

    private void printNextSteps(PrintWriter out, ContentKind kind, ScaffoldFormat format, Scaffolder.Created created) {
        boolean adoc = format == ScaffoldFormat.ASCIIDOC;
        out.println("Loa: đã tạo " + kind.label() + " mới (bản nháp): " + created.shownPath(source));
        out.println("  Đường dẫn khi đăng: " + created.url());
        out.println("Bước tiếp theo:");
        out.println("  1. Mở tệp, điền các dòng ở phần đầu bài và viết nội dung"
            + (adoc ? " (dòng bắt đầu bằng // là ghi chú, không hiện trên trang)."
                : " (xóa khối ghi chú <!-- ... --> khi viết xong)."));
        out.println("  2. Xem trước trên máy: java -jar target/loa.jar serve");
        out.println("     (bản nháp hiện kèm nhãn \"BẢN NHÁP – chưa đăng\"; trang thật không bao giờ đăng bản nháp).");
        out.println("  3. Khi đã sẵn sàng đăng: đổi " + (adoc ? ":jbake-status: draft thành :jbake-status: published"
            : "status=draft thành status=published") + ", rồi commit và gửi lên (merge request).");
        out.println("  Hướng dẫn: docs/huong-dan/README.md");
        out.flush();
    }
}
