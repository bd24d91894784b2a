package vn.loa.content.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where an AsciiDoc {@code include::target[]} may read from: a regular file inside the site's {@code content/}
 * folder, by a path relative to the including file's folder. Officers keep shared pieces in
 * {@code content/_includes/}, which is never published as pages. Anything else (an absolute path such as
 * {@code /proc/self/environ}, a {@code ..} that leaves content/, a web address, a device or a link) is refused:
 * an include is the one way an article can copy a file of the build machine into a public page.
 */
public final class IncludeTargets {
    /** The folder for shared include pieces, under content/; its files are never pages of their own. */
    public static final String INCLUDES_FOLDER = "_includes";

    private static final String HOW = " Chỉ chèn được tệp nằm trong thư mục content/, với đường dẫn tính từ thư mục của bài viết, "
        + "ví dụ include::../" + INCLUDES_FOLDER + "/ten-tep.adoc[] cho tệp content/" + INCLUDES_FOLDER + "/ten-tep.adoc.";

    /** Either the file to read, or why not (a Vietnamese message). */
    public record Resolved(Path file, String refusal) {
        public boolean allowed() {
            return file != null;
        }
    }

    private IncludeTargets() {
    }

    /**
     * @param includingDir the folder of the file that holds the include line
     * @param contentDir   the site's content/ folder
     */
    public static Resolved resolve(Path includingDir, String target, Path contentDir) {
        String t = target.strip();
        if (t.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || t.startsWith("//")) {
            return refused("Không được chèn nội dung từ địa chỉ web hay giao thức khác (\"" + t + "\"): trang không tải gì "
                + "từ nơi khác. Hãy lưu nội dung thành tệp trong content/" + INCLUDES_FOLDER + "/ rồi chèn tệp đó." + HOW);
        }
        if (t.startsWith("/") || t.startsWith("\\") || t.startsWith("~")) {
            return refused("Không được chèn tệp theo đường dẫn tuyệt đối \"" + t + "\": tệp của máy dựng trang không bao giờ "
                + "được đăng lên trang." + HOW);
        }
        Path root = contentDir.toAbsolutePath().normalize();
        Path file = includingDir.toAbsolutePath().normalize().resolve(t).normalize();
        if (!file.startsWith(root)) {
            return refused("Tệp được chèn \"" + t + "\" nằm ngoài thư mục content/ nên không được chèn: tệp ngoài nội dung "
                + "(cấu hình, tệp hệ thống) không bao giờ được đăng lên trang." + HOW);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(file)) {
                return refused("Tệp được chèn \"" + t + "\" là một liên kết (symlink), không phải tệp thật. Hãy chép tệp thật vào "
                    + "content/" + INCLUDES_FOLDER + "/.");
            }
            return refused("Không tìm thấy tệp được chèn (include::" + t + "[]). Hãy kiểm tra tên và đường dẫn tệp "
                + "(đường dẫn tính từ thư mục của bài viết; tệp dùng chung đặt trong content/" + INCLUDES_FOLDER + "/).");
        }
        try {
            // A folder on the way may still be a link that leads out (the symlink check of the site refuses
            // those before any build; this keeps the include safe on its own).
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                return refused("Tệp được chèn \"" + t + "\" dẫn ra ngoài thư mục content/ qua một liên kết (symlink)." + HOW);
            }
        } catch (IOException e) {
            return refused("Không đọc được tệp được chèn \"" + t + "\": " + e.getMessage());
        }
        return new Resolved(file, null);
    }

    private static Resolved refused(String message) {
        return new Resolved(null, message);
    }
}
