package vn.loa.content.safety;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Refuses symbolic links in the folders a build reads and publishes from. A link under content/ or assets/
 * copied files from anywhere on the build machine into the public site (a link to /etc/ssl published its
 * files), and a link to a parent folder made JBake's asset copier recurse for ever. The walk itself never
 * follows a link, so a loop cannot hang it; the build stops before anything reads these folders.
 */
public final class SiteLinks {
    /** The folders of a site whose files reach the published pages (the province's overrides included). */
    public static final List<String> FOLDERS = List.of("content", "assets", "data", "templates", "checker",
        vn.loa.build.Overrides.FOLDER);
    /** {@code loa.symlinks=inside} in jbake.properties allows links to files inside the site (never to folders). */
    public static final String OPT_IN_KEY = "loa.symlinks";
    public static final String OPT_IN_VALUE = "inside";

    private SiteLinks() {
    }

    /**
     * Reports every symbolic link under the site's folders (and each folder that is itself one).
     *
     * @param insideAllowed the site opted in to links to files inside itself ({@value #OPT_IN_KEY}={@value #OPT_IN_VALUE})
     */
    public static void check(Path site, boolean insideAllowed, FileProblems problems) {
        for (String folder : FOLDERS) {
            Path dir = site.resolve(folder);
            if (Files.isSymbolicLink(dir)) {
                report(site, dir, problems);
            } else if (Files.isDirectory(dir)) {
                walk(site, dir, insideAllowed, problems);
            }
        }
    }

    /** Whether the site's jbake.properties opts in to links that stay inside it. */
    public static boolean insideAllowed(Path site) {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newBufferedReader(site.resolve("jbake.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | RuntimeException e) {
            return false; // the configuration's own checks report an unreadable file
        }
        return OPT_IN_VALUE.equals(properties.getProperty(OPT_IN_KEY, "").strip());
    }

    /** A link to a regular file inside the site, not through another link: no loop, nothing from outside. */
    private static boolean staysInside(Path site, Path link) {
        try {
            Path target = link.toRealPath();
            return Files.isRegularFile(target) && target.startsWith(site.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void walk(Path site, Path dir, boolean insideAllowed, FileProblems problems) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink() && !(insideAllowed && staysInside(site, file))) {
                        report(site, file, problems);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.error(file, 0, "Không đọc được \"" + relative(site, file) + "\" (" + e.getClass().getSimpleName()
                        .replace("Exception", "") + "). Hãy kiểm tra quyền đọc của tệp hoặc thư mục này.");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(dir, 0, "Không đọc được thư mục \"" + relative(site, dir) + "\". Hãy kiểm tra quyền đọc.");
        }
    }

    private static void report(Path site, Path link, FileProblems problems) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            target = "?";
        }
        problems.error(link, 0, "\"" + relative(site, link) + "\" là một liên kết (symlink) trỏ tới \"" + target + "\". "
            + "Loa không theo liên kết trong content/, assets/, data/, templates/ và checker/: một liên kết có thể đưa tệp "
            + "ngoài site lên trang công khai, hoặc lặp vòng làm bản dựng treo. Hãy xóa liên kết và chép tệp thật vào đây "
            + "(liên kết tới một tệp trong chính site chỉ được dùng khi jbake.properties có dòng " + OPT_IN_KEY + "=" + OPT_IN_VALUE + ").");
    }

    private static String relative(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }
}
