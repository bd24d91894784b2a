package vn.loa.content.safety;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every image a site publishes (under assets/ and beside content, so covers and body images too) must be one a
 * phone can show: an empty or broken file was published silently and left a broken picture on the page and on
 * the share card. Raster images are decoded whole with ImageIO; an SVG must at least be an SVG document; a WebP
 * (ImageIO has no reader for it) must carry its signature. Results are remembered by size and modification
 * time, so the preview decodes each image once.
 */
public final class ImageFiles {
    private static final Set<String> DECODED = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "bmp", "svg", "webp");
    private static final Map<String, Boolean> KNOWN_GOOD = new ConcurrentHashMap<>();

    private ImageFiles() {
    }

    /** Reports each broken image under {@code folders} (paths relative to the site). */
    public static void check(Path site, List<String> folders, FileProblems problems) {
        for (String folder : folders) {
            Path dir = site.resolve(folder);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Path> images;
            try (Stream<Path> walk = Files.walk(dir)) {
                images = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && IMAGES.contains(extension(p))).toList();
            } catch (IOException e) {
                continue; // unreadable folders are reported by SiteLinks
            }
            images.parallelStream().forEach(image -> {
                String problem = problem(image);
                if (problem != null) {
                    problems.error(image, 0, "Ảnh \"" + site.relativize(image).toString().replace('\\', '/') + "\" " + problem
                        + " Hãy lưu lại ảnh (xuất lại từ phần mềm chỉnh ảnh) hoặc xóa tệp nếu không dùng.");
                }
            });
        }
    }

    /** Why the image cannot be shown, or null when it can. */
    static String problem(Path image) {
        try {
            long size = Files.size(image);
            if (size == 0) {
                return "là tệp rỗng (0 byte).";
            }
            String key = image.toAbsolutePath() + "|" + size + "|" + Files.getLastModifiedTime(image).toMillis();
            if (KNOWN_GOOD.containsKey(key)) {
                return null;
            }
            String problem = decode(image, extension(image));
            if (problem == null) {
                KNOWN_GOOD.put(key, true);
            }
            return problem;
        } catch (IOException | RuntimeException e) {
            return "không đọc được.";
        }
    }

    private static String decode(Path image, String ext) throws IOException {
        if (DECODED.contains(ext)) {
            BufferedImage decoded;
            try (InputStream in = Files.newInputStream(image)) {
                decoded = ImageIO.read(in);
            } catch (IOException | RuntimeException e) {
                decoded = null;
            }
            return decoded == null || decoded.getWidth() == 0 ? "bị hỏng: không mở được như một ảnh " + ext.toUpperCase(Locale.ROOT) + "." : null;
        }
        byte[] head = readHead(image, 64 * 1024);
        if (ext.equals("webp")) {
            boolean signed = head.length >= 12 && new String(head, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
                && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP");
            return signed ? null : "bị hỏng: không phải là ảnh WebP.";
        }
        String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return text.contains("<svg") ? null : "bị hỏng: không phải là ảnh SVG (không có thẻ <svg>).";
    }

    private static byte[] readHead(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
