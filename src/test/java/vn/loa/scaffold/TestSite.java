package vn.loa.scaffold;

import vn.loa.build.BuildFailedException;
import vn.loa.build.BuildOptions;
import vn.loa.build.BuildResult;
import vn.loa.build.SiteBuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away site with the repository's real templates, assets, data and configuration but only the
 * content a test writes, baked with the real {@link SiteBuild}.
 */
final class TestSite {
    private static final List<String> SHARED = List.of("templates", "assets", "data", "checker", "jbake.properties");

    final Path root;
    final Path output;

    private TestSite(Path root) {
        this.root = root;
        this.output = root.resolve("out");
    }

    /** @param dir an empty temporary folder */
    static TestSite in(Path dir) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        Path root = dir.resolve("site");
        Files.createDirectories(root.resolve("content"));
        for (String name : SHARED) {
            copyTree(repo.resolve(name), root.resolve(name));
        }
        return new TestSite(root);
    }

    Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** @throws BuildFailedException when the build refuses the content */
    BuildResult build(boolean drafts) throws IOException {
        BuildOptions options = BuildOptions.of(root, output).withDrafts(drafts).withCacheDir(null);
        return SiteBuild.standard(options).run();
    }

    String page(String url) throws IOException {
        return Files.readString(output.resolve(url.replaceFirst("^/", "")).resolve("index.html"), StandardCharsets.UTF_8);
    }

    boolean hasPage(String url) {
        return Files.isRegularFile(output.resolve(url.replaceFirst("^/", "")).resolve("index.html"));
    }

    /** Every baked HTML file's text, for "appears nowhere" checks. */
    String allHtml() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
