package vn.loa.scaffold;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code loa khoi-tao}: starts a province's site from a fresh fork of Loa (see {@link SiteSetup}). Takes every
 * setting as an option (pipelines, scripts), and asks for the missing ones when someone is at the console.
 */
@Command(name = "khoi-tao",
    description = "Bắt đầu trang web của tỉnh từ bản sao (fork) của Loa: ghi tên trang, đơn vị, địa chỉ vào jbake.properties, "
        + "chuyển nội dung mẫu sang thư mục vi-du/ (hoặc xóa) và tạo tệp các nơi hỗ trợ của tỉnh.",
    footer = {"", "Ví dụ:", "  java -jar target/loa.jar khoi-tao --ten-trang \"Bình đẳng giới Hà Giang\" "
        + "--don-vi \"Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang\" --dia-chi https://binhdanggioi.hagiang.gov.vn --tinh \"tỉnh Hà Giang\""})
public final class InitCommand implements Callable<Integer> {
    @Option(names = "--ten-trang", paramLabel = "TÊN", description = "Tên trang web, ví dụ \"Bình đẳng giới Hà Giang\".")
    String siteName;

    @Option(names = "--don-vi", paramLabel = "ĐƠN_VỊ", description = "Đơn vị xuất bản, ví dụ \"Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang\".")
    String unit;

    @Option(names = "--dia-chi", paramLabel = "https://...", description = "Địa chỉ công khai của trang, bắt đầu bằng https://.")
    String address;

    @Option(names = "--tinh", paramLabel = "TỈNH", description = "Tên tỉnh (hoặc thành phố), ví dụ \"tỉnh Hà Giang\".")
    String province;

    @Option(names = "--xoa-vi-du", description = "Xóa hẳn nội dung mẫu thay vì chuyển sang thư mục vi-du/.")
    boolean removeExamples;

    @Option(names = "--source", description = "Thư mục gốc của kho. Mặc định: thư mục hiện tại.")
    Path source = Path.of(".");

    @Spec
    CommandSpec spec;

    /** Reads one answer; null when nobody is at the console. Replaceable in tests. */
    Function<String, String> ask = InitCommand::askConsole;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        siteName = valueOf(siteName, "Tên trang web (ví dụ: Bình đẳng giới Hà Giang): ");
        unit = valueOf(unit, "Đơn vị xuất bản (ví dụ: Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang): ");
        province = valueOf(province, "Tỉnh hoặc thành phố (ví dụ: tỉnh Hà Giang): ");
        address = valueOf(address, "Địa chỉ công khai của trang, bắt đầu bằng https:// (ví dụ: https://binhdanggioi.hagiang.gov.vn): ");
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, siteName, "--ten-trang \"Tên trang\"");
        addIfBlank(missing, unit, "--don-vi \"Đơn vị\"");
        addIfBlank(missing, province, "--tinh \"tỉnh ...\"");
        addIfBlank(missing, address, "--dia-chi https://...");
        if (!missing.isEmpty()) {
            err.println("Loa: chưa khởi tạo được: còn thiếu " + String.join(", ", missing) + ". Hãy ghi thêm các tùy chọn đó "
                + "(xem: java -jar target/loa.jar khoi-tao --help).");
            return 2;
        }
        String fault = SiteSetup.addressFault(address);
        if (fault != null) {
            err.println("Loa: chưa khởi tạo được: --dia-chi " + fault);
            return 2;
        }
        SiteSetup.Done done;
        try {
            done = new SiteSetup(source).apply(new SiteSetup.Settings(siteName, unit, address, province), removeExamples);
        } catch (ScaffoldException e) {
            err.println("Loa: chưa khởi tạo được. " + e.getMessage());
            return 2;
        }
        printNextSteps(out, done);
        return 0;
    }

    private String valueOf(String given, String prompt) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String answer = ask.apply(prompt);
        return answer == null ? null : answer.strip();
    }

    private static void addIfBlank(List<String> missing, String value, String option) {
        if (value == null || value.isBlank()) {
            missing.add(option);
        }
    }

    private static String askConsole(String prompt) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            console.writer().print(prompt);
            console.writer().flush();
            BufferedReader reader = new BufferedReader(console.reader());
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private void printNextSteps(PrintWriter out, SiteSetup.Done done) {
        out.println("Loa: đã khởi tạo trang \"" + siteName + "\" (" + address + ").");
        out.println("  Đã ghi tên trang, đơn vị và địa chỉ vào jbake.properties.");
        if (done.moved().isEmpty()) {
            out.println("  Không còn nội dung mẫu nào để chuyển.");
        } else {
            String what = done.moved().size() + " tệp mẫu (bài viết, sự kiện, infographic, ảnh, các nơi hỗ trợ của tỉnh mẫu)";
            out.println(done.removed() ? "  Đã xóa " + what + "."
                : "  Đã chuyển " + what + " sang thư mục " + SiteSetup.EXAMPLES + "/ (để tham khảo, không đăng lên trang).");
        }
        out.println("Bước tiếp theo:");
        out.println("  1. THÊM CÁC NƠI HỖ TRỢ CỦA TỈNH vào tệp " + SiteSetup.SUPPORT_FILE + " (gọi thử từng số trước khi ghi).");
        out.println("     Các số toàn quốc 111, 1900 969 680, 1800 1768, 113 đã có sẵn trong data/ho-tro.yml.");
        out.println("  2. Viết tiếp trang giới thiệu: content/trang/gioi-thieu.md.");
        out.println("  3. Viết bài đầu tiên: java -jar target/loa.jar new bai-viet \"Tiêu đề bài\"");
        out.println("  4. Xem trước trên máy: java -jar target/loa.jar serve");
        out.println("  5. Đưa lên kho (git add -A, git commit, git push): quy trình tự động sẽ dựng, kiểm tra và đăng trang.");
        out.println("  Hướng dẫn từng bước: docs/huong-dan/bat-dau.md");
    }
}
