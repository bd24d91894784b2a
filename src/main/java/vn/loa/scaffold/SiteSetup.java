package vn.loa.scaffold;

import vn.loa.build.Overrides;
import vn.loa.build.SiteHost;
import vn.loa.build.StagingSwap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns a fresh fork of Loa (the demo province "Sông Lam") into a province's own site: writes the unit's
 * lines of jbake.properties, moves the demo content out of content/ into {@value #EXAMPLES} (kept for
 * reference, never baked) or removes it, and starts the province's support file with a reminder to add local
 * services. Loa's own files (templates, rules, data/ with the national lines) are not touched, so the fork can
 * keep pulling Loa's releases.
 */
public final class SiteSetup {
    /** The examples folder at the site root: outside content/, so it is never baked. */
    public static final String EXAMPLES = "vi-du";
    /**
     * The list of the demo's files, shipped with Loa. Only the files it names move, so a province's own articles
     * are never touched, and a second run (the list has moved too) moves nothing.
     */
    public static final String DEMO_LIST = "noi-dung-mau.txt";
    static final String SUPPORT_FILE = Overrides.FOLDER + "/data/ho-tro.yml";

    /** What the officer gave: site name, publishing unit, public address, province. */
    public record Settings(String siteName, String unit, String address, String province) {
    }

    /** What setup did, for the summary it prints. */
    public record Done(List<String> moved, boolean removed) {
    }

    private final Path root;

    public SiteSetup(Path root) {
        this.root = root;
    }

    /** The fault of a public address, in Vietnamese, or null when jbake.properties may carry it. */
    public static String addressFault(String address) {
        return SiteHost.fault(address);
    }

    /** @throws ScaffoldException when the folder is not a Loa site */
    public Done apply(Settings settings, boolean removeExamples) throws IOException, ScaffoldException {
        Path properties = root.resolve("jbake.properties");
        if (!Files.isRegularFile(properties) || !Files.isDirectory(root.resolve("templates"))) {
            throw new ScaffoldException("Thư mục " + root.toAbsolutePath().normalize() + " không phải kho Loa (thiếu "
                + "jbake.properties hoặc templates/). Hãy chạy lệnh trong thư mục gốc của kho đã sao chép (fork).");
        }
        writeSettings(properties, settings);
        List<String> moved = new ArrayList<>();
        for (String demo : demoFiles()) {
            Path from = root.resolve(demo);
            if (!Files.exists(from) || isEmptyFolder(from)) {
                continue; // nothing of the demo left (a second run)
            }
            if (removeExamples) {
                StagingSwap.deleteTree(from);
            } else {
                moveTree(from, root.resolve(EXAMPLES).resolve(demo));
            }
            moved.add(demo);
        }
        Files.createDirectories(root.resolve("content/bai-viet"));
        Files.createDirectories(root.resolve("assets/images"));
        writeIfAbsent(root.resolve("content/trang/gioi-thieu.md"), aboutPage(settings));
        writeIfAbsent(root.resolve(SUPPORT_FILE), localSupport(settings));
        if (!removeExamples && !moved.isEmpty()) {
            writeIfAbsent(root.resolve(EXAMPLES).resolve("README.md"), examplesNote());
        }
        return new Done(moved, removeExamples);
    }

    /** Rewrites the unit's lines in place (comments and engine settings stay), adding any that are missing. */
    private static void writeSettings(Path file, Settings s) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SiteHost.KEY, s.address().strip().replaceAll("/+$", ""));
        values.put("loa.site.name", s.siteName().strip());
        values.put("loa.site.description", "Thông tin về bình đẳng giới và phòng, chống bạo lực trên cơ sở giới của "
            + s.province().strip() + ".");
        values.put("loa.unit", s.unit().strip());
        values.put("loa.contact", "");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (Map.Entry<String, String> v : values.entrySet()) {
            String line = v.getKey() + "=" + escape(v.getValue());
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(v.getKey()) + "\\s*[=:].*")) {
                    at = i;
                }
            }
            if (at >= 0) {
                lines.set(at, line);
            } else {
                lines.add(line);
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** A properties value: a backslash would start an escape; leading spaces would be dropped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }

    private static String aboutPage(Settings s) {
        return """
            title=Giới thiệu
            date=%s
            type=page
            status=published
            slug=gioi-thieu
            summary=%s: trang thông tin về bình đẳng giới và phòng, chống bạo lực trên cơ sở giới của %s, do %s thực hiện.
            ~~~~~~

            <!-- Cán bộ: viết tiếp trang này (ai xuất bản, cách liên hệ, nguyên tắc biên tập). Xóa ghi chú này khi xong. -->

            Trang %s đăng tin, bài, thông tin pháp luật và các nơi hỗ trợ về bình đẳng giới và phòng, chống bạo lực \
            trên cơ sở giới của %s. Trang do %s thực hiện.

            Nếu bạn hoặc người bạn biết đang bị bạo lực, hãy xem [các số điện thoại hỗ trợ](/ho-tro/).
            """.formatted(java.time.LocalDate.now(vn.loa.text.VietDates.ZONE), s.siteName().strip(), s.province().strip(),
            s.unit().strip(), s.siteName().strip(), s.province().strip(), s.unit().strip());
    }

    private static String localSupport(Settings s) {
        return """
            # Các nơi hỗ trợ của %s: tệp của tỉnh. Mục local: ở đây thay mục local: của data/ho-tro.yml
            # (tệp của Loa, giữ các số toàn quốc 111, 1900 969 680, 1800 1768, 113 và được cập nhật khi kéo bản Loa mới).
            #
            # VIỆC CẦN LÀM NGAY: thêm các nơi hỗ trợ của tỉnh (trung tâm công tác xã hội, nhà tạm lánh, địa chỉ tin cậy,
            # công an xã, phường...). Gọi thử từng số trước khi ghi. Mỗi nơi hỗ trợ viết như ví dụ dưới đây (bỏ dấu #):
            #
            #  - name: Trung tâm Công tác xã hội tỉnh
            #    number: "0231 3 852 468"
            #    free: false
            #    hours: Giờ hành chính, từ thứ Hai đến thứ Sáu
            #    for: Tư vấn tâm lý, hỗ trợ khẩn cấp, kết nối nhà tạm lánh.
            #    in_box: true
            #
            # Số điện thoại LUÔN đặt trong ngoặc kép. Không ghi địa chỉ nhà tạm lánh.
            local: []
            """.formatted(s.province().strip());
    }

    private static String examplesNote() {
        return """
            # Nội dung mẫu của Loa (tỉnh giả định Sông Lam)

            Các bài viết, sự kiện, infographic và ảnh mẫu được chuyển vào đây bằng lệnh `khoi-tao`, để cán bộ tham khảo
            cách viết. Thư mục này nằm ngoài `content/` nên **không bao giờ được đăng** lên trang web.
            Muốn dùng lại một bài: chép tệp vào `content/` (và ảnh vào `assets/images/`), sửa cho đúng với tỉnh mình.
            Xóa cả thư mục này bất cứ lúc nào nếu không cần nữa.
            """;
    }

    private static void writeIfAbsent(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /** The paths {@value #DEMO_LIST} names (comments and blank lines left out), then the list itself. */
    private List<String> demoFiles() throws IOException {
        Path list = root.resolve(DEMO_LIST);
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#") && !path.contains("..") && !path.startsWith("/")) {
                paths.add(path);
            }
        }
        paths.add(DEMO_LIST);
        return paths;
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.findAny().isEmpty();
        }
    }

    private static void moveTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        if (!Files.exists(to)) {
            Files.move(from, to);
            return;
        }
        // A second run, or a folder already there: move file by file, the newer copy wins.
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        StagingSwap.deleteTree(from);
    }
}
