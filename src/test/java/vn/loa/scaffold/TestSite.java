package vn.loa.scaffold;

import vn.loa.build.BuildFailedException;
import vn.loa.build.BuildOptions;
import vn.loa.build.BuildResult;
import vn.loa.build.SiteBuild;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A {@link TestSites} folder with its output beside it, baked with or without drafts, and read back by URL. */
final class TestSite {
    final Path root;
    final Path output;

    private TestSite(Path root) {
        this.root = root;
        this.output = root.resolveSibling("out");
    }

    /** @param dir an empty temporary folder */
    static TestSite in(Path dir) {
        return new TestSite(TestSites.emptySite(dir.resolve("site")));
    }

    Path write(String relative, String text) {
        return TestSites.write(root, relative, text);
    }

    /** @throws BuildFailedException when the build refuses the content */
    BuildResult build(boolean drafts) throws IOException {
        return SiteBuild.standard(BuildOptions.of(root, output).withDrafts(drafts).withCacheDir(null)).run();
    }

    String page(String url) throws IOException {
        return Files.readString(pageFile(url), StandardCharsets.UTF_8);
    }

    boolean hasPage(String url) {
        return Files.isRegularFile(pageFile(url));
    }

    private Path pageFile(String url) {
        return output.resolve(url.replaceFirst("^/", "")).resolve("index.html");
    }

    /** Every baked HTML and XML file's text, for "appears nowhere" checks. */
    String allHtml() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
