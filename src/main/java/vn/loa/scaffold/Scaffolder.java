package vn.loa.scaffold;

import org.jbake.app.configuration.ConfigUtil;
import vn.loa.build.SiteInfo;
import vn.loa.text.Slugs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

/** Writes a new document into a site's content folder, never over an existing one. */
public final class Scaffolder {
    private final Path siteRoot;

    public Scaffolder(Path siteRoot) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
    }

    /**
     * What was written.
     *
     * @param file the new file
     * @param url  the site URL it will have once published
     */
    public record Created(Path file, String url) {
        /** The file relative to the site root, with forward slashes, as officers see it in git. */
        public String shownPath(Path siteRoot) {
            return siteRoot.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/');
        }
    }

    public Created create(ContentKind kind, String title, ScaffoldFormat format, LocalDate today) throws ScaffoldException {
        String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        String slug = Slugs.of(cleanTitle);
        if (slug.isEmpty()) {
            throw new ScaffoldException("Tiêu đề \"" + cleanTitle + "\" cần có ít nhất một chữ cái hoặc chữ số "
                + "để đặt tên tệp. Hãy viết tiêu đề trong dấu ngoặc kép, ví dụ: "
                + "java -jar target/loa.jar new bai-viet \"Ngày hội gia đình bình đẳng\"");
        }
        if (!Files.isDirectory(siteRoot.resolve("content"))) {
            throw new ScaffoldException("Không tìm thấy thư mục content/ trong " + siteRoot + ". Hãy chạy lệnh trong "
                + "thư mục gốc của kho nội dung, hoặc chỉ đúng thư mục bằng --source.");
        }
        Path folder = siteRoot.resolve("content").resolve(kind.folder());
        Path file = folder.resolve(slug + "." + format.extension());
        refuseExisting(folder, slug, file);

        String unit = siteUnit();
        String text = Skeleton.render(kind, format, cleanTitle, Skeleton.fields(kind, slug, today, unit, EventCategories.read(siteRoot)));
        try {
            Files.createDirectories(folder);
            // CREATE_NEW: even a file that appeared a moment ago is never overwritten.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw existing(file);
        } catch (IOException e) {
            throw new ScaffoldException("Không ghi được tệp " + shown(file) + ": " + e.getMessage()
                + ". Hãy kiểm tra quyền ghi vào thư mục " + shown(folder) + ".");
        }
        return new Created(file, kind.url(slug));
    }

    /** The same slug in the other format would claim the same URL, so it counts as existing too. */
    private void refuseExisting(Path folder, String slug, Path file) throws ScaffoldException {
        if (Files.exists(file)) {
            throw existing(file);
        }
        for (ScaffoldFormat other : ScaffoldFormat.values()) {
            Path sibling = folder.resolve(slug + "." + other.extension());
            if (Files.exists(sibling)) {
                throw new ScaffoldException("Đã có tệp " + shown(sibling) + " với cùng đường dẫn. Hai tệp không thể "
                    + "dùng chung một đường dẫn: hãy mở tệp đó để sửa, hoặc chọn một tiêu đề khác.");
            }
        }
    }

    private ScaffoldException existing(Path file) {
        return new ScaffoldException("Tệp " + shown(file) + " đã có, Loa không ghi đè lên tệp đã có. "
            + "Hãy mở tệp đó để sửa, hoặc chọn một tiêu đề khác.");
    }

    /** The unit as the build reads it (JBake's configuration loader: UTF-8, comma lists joined back). */
    private String siteUnit() throws ScaffoldException {
        try {
            return SiteInfo.from(new ConfigUtil().loadConfig(siteRoot.toFile(), null)).unit();
        } catch (RuntimeException e) {
            throw new ScaffoldException("Không đọc được tệp cấu hình jbake.properties: " + e.getMessage()
                + ". Hãy kiểm tra tệp này (mỗi dòng dạng khóa=giá trị).");
        }
    }

    private String shown(Path path) {
        return siteRoot.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
