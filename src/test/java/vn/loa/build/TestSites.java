package vn.loa.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary Loa sites for integration tests. Loa's own files (templates, assets, checker rules) come from the
 * repository; everything a province changes (jbake.properties, data/, content/ and content images) comes from the
 * test fixture under {@link #FIXTURE}, so the tests keep passing when a province replaces the demo.
 */
public final class TestSites {
    public static final Path REPO = Path.of("").toAbsolutePath();
    /** The tests' own site: settings, data, content of every type and the images that content shows. */
    public static final Path FIXTURE = REPO.resolve("src/test/resources/sites/fixture");

    private TestSites() {
    }

    /** A site folder with Loa's templates, assets and rules, the fixture's data and settings, and an empty content/. */
    public static Path emptySite(Path dir) {
        try {
            for (String folder : new String[] {"templates", "assets", "checker"}) {
                copyTree(REPO.resolve(folder), dir.resolve(folder));
            }
            copyTree(FIXTURE.resolve("assets"), dir.resolve("assets"));
            copyTree(FIXTURE.resolve("data"), dir.resolve("data"));
            Files.copy(FIXTURE.resolve("jbake.properties"), dir.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(dir.resolve("content/bai-viet"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture site whole: {@link #emptySite} with the fixture's content (every content type and feature). */
    public static Path demoSite(Path dir) {
        emptySite(dir);
        copyTree(FIXTURE.resolve("content"), dir.resolve("content"));
        return dir;
    }

    public static Path write(Path site, String relative, String text) {
        try {
            Path file = site.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bakes with the standard features, no disk cache. */
    public static BuildResult bake(Path site, Path output) throws IOException {
        return SiteBuild.standard(BuildOptions.of(site, output).withCacheDir(null)).run();
    }

    public static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both folders hold the same files (by relative path), byte for byte. */
    public static void assertSameFiles(Path expected, Path actual, String message) throws IOException {
        List<Path> a = DemoSiteTest.allFiles(actual);
        List<Path> b = DemoSiteTest.allFiles(expected);
        assertEquals(b.stream().map(p -> expected.relativize(p).toString()).toList(),
            a.stream().map(p -> actual.relativize(p).toString()).toList(), message);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(b.get(i)), Files.readAllBytes(a.get(i)),
                message + ": " + a.get(i));
        }
    }
}
