package vn.loa.infographic;

import vn.loa.build.BuildOptions;
import vn.loa.build.BuildResult;
import vn.loa.build.FileParseCache;
import vn.loa.build.SiteBuild;
import vn.loa.build.SiteFeatures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Small sites for bakes: the repository's templates, assets and configuration, with chosen content. */
final class TestSites {
    static final Path REPO = Path.of("").toAbsolutePath();

    private TestSites() {
    }

    /** A site folder with the repository's templates, assets and jbake.properties and no content yet. */
    static Path skeleton(Path dir) throws IOException {
        Path site = dir.resolve("site");
        copyTree(REPO.resolve("templates"), site.resolve("templates"));
        copyTree(REPO.resolve("assets"), site.resolve("assets"));
        Files.createDirectories(site.resolve("content/infographic"));
        Files.copy(REPO.resolve("jbake.properties"), site.resolve("jbake.properties"));
        return site;
    }

    static BuildResult bake(Path site, Path output) throws IOException {
        BuildOptions options = BuildOptions.of(site, output).withCacheDir(null).withChecker(false);
        return new SiteBuild(options, SiteFeatures.all(), FileParseCache.inMemory()).run();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Every file under a folder, relative, sorted. */
    static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
