package vn.loa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The three sibling sites of one benchmark round under the work folder: {@code loa-site} (the Loa
 * repository's templates, assets, data, configuration and checker rules plus the generated articles),
 * {@code stock-site} (the articles plus minimal templates for stock JBake) and {@code hugo-site}
 * (the Markdown articles with Hugo front matter and a minimal Hugo layout).
 */
public final class SiteTrees {

    /** What the Loa site takes from the Loa repository being benchmarked. */
    static final List<String> LOA_REPO_FILES = List.of("templates", "assets", "data", "jbake.properties", "checker");
    private static final List<String> STOCK_TEMPLATES = List.of(
            "index.ftl", "post.ftl", "page.ftl", "tags.ftl", "tag.ftl", "feed.ftl", "sitemap.ftl", "archive.ftl");
    private static final List<String> HUGO_LAYOUTS = List.of("single.html", "list.html", "index.html");

    /** The generated corpus: counts plus each article's file name and title, in index order. */
    record Corpus(int articles, int markdown, List<String> fileNames, List<String> titles, List<String> missingRepoFiles) {
    }

    final Path loaSite;
    final Path stockSite;
    final Path hugoSite;

    SiteTrees(Path work) {
        this.loaSite = work.resolve("loa-site");
        this.stockSite = work.resolve("stock-site");
        this.hugoSite = work.resolve("hugo-site");
    }

    /** Sets the previous trees aside (see {@link #setAside}) and writes new ones with n generated articles. */
    Corpus create(int n, CorpusGenerator generator, Path loaRepo, Path trash) throws IOException {
        for (Path tree : List.of(loaSite, stockSite, hugoSite)) {
            setAside(tree, trash);
        }
        List<String> missing = copyLoaRepoFiles(loaRepo);
        writeStockFiles();
        writeHugoFiles();
        writeImages(List.of(loaSite.resolve("assets"), stockSite.resolve("assets"), hugoSite.resolve("static")));
        Path loaPosts = Files.createDirectories(loaSite.resolve("content/bai-viet"));
        Path stockPosts = Files.createDirectories(stockSite.resolve("content/bai-viet"));
        Path hugoPosts = Files.createDirectories(hugoSite.resolve("content/posts"));
        List<String> fileNames = new ArrayList<>(n);
        List<String> titles = new ArrayList<>(n);
        int[] markdown = {0};
        generator.generate(n, article -> {
            String text = ArticleText.jbake(article);
            write(loaPosts.resolve(article.fileName()), text);
            write(stockPosts.resolve(article.fileName()), text);
            if (!article.asciidoc()) {
                write(hugoPosts.resolve(article.slug() + ".md"), ArticleText.hugoMarkdown(article));
                markdown[0]++;
            }
            fileNames.add(article.fileName());
            titles.add(article.title());
        });
        return new Corpus(n, markdown[0], fileNames, titles, missing);
    }

    private List<String> copyLoaRepoFiles(Path loaRepo) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String name : LOA_REPO_FILES) {
            Path from = loaRepo.resolve(name);
            if (Files.exists(from)) {
                copyTree(from, loaSite.resolve(name));
            } else {
                missing.add(name);
            }
        }
        // The benchmark measures what the checker costs, not its verdicts on generated word salad:
        // findings are reported as usual but do not stop the build.
        Path properties = loaSite.resolve("jbake.properties");
        if (Files.exists(properties)) {
            Files.writeString(properties, "\n# benchmark corpus: report findings, never block\nloa.checker.fail-on=none\n",
                java.nio.file.StandardOpenOption.APPEND);
        }
        return missing;
    }

    private void writeStockFiles() throws IOException {
        copyResource("stock/jbake.properties", stockSite.resolve("jbake.properties"));
        for (String template : STOCK_TEMPLATES) {
            copyResource("stock/" + template, stockSite.resolve("templates").resolve(template));
        }
    }

    private void writeHugoFiles() throws IOException {
        copyResource("hugo/hugo.toml", hugoSite.resolve("hugo.toml"));
        for (String layout : HUGO_LAYOUTS) {
            copyResource("hugo/" + layout, hugoSite.resolve("layouts/_default").resolve(layout));
        }
    }

    /** The small images the realistic corpus shows ({@link RealisticMarkup}), under each site's static folder. */
    private static void writeImages(List<Path> staticRoots) throws IOException {
        String[] colours = {"#2e7d32", "#1565c0", "#6a1b9a", "#c62828", "#ef6c00", "#00838f"};
        for (Path root : staticRoots) {
            Path folder = Files.createDirectories(root.resolve("images/bench"));
            for (int i = 1; i <= RealisticMarkup.IMAGES; i++) {
                String colour = colours[(i - 1) % colours.length];
                Files.writeString(folder.resolve("anh-" + i + ".svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" "
                    + "height=\"360\" viewBox=\"0 0 640 360\"><rect width=\"640\" height=\"360\" fill=\"#f5f5f5\"/>"
                    + "<circle cx=\"" + (100 * i) + "\" cy=\"180\" r=\"90\" fill=\"" + colour + "\"/></svg>\n", StandardCharsets.UTF_8);
            }
        }
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = SiteTrees.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("bench resource missing: " + name);
            }
            Files.createDirectories(to.getParent());
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree (the class-archive sample copies a site's templates and styles with it). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Moves a folder into {@code trash}, which the benchmark deletes when all timed runs are done. On ext4
     * without a journal (common on virtual machines) the inodes of files deleted in the last minutes are
     * skipped when new files are made, so a build right after deleting thousands of files spent measurably
     * more time in the kernel (profiled: about 3% of a cold build's CPU) than one on a fresh disk.
     */
    static void setAside(Path folder, Path trash) throws IOException {
        if (Files.exists(folder)) {
            Files.createDirectories(trash);
            Files.move(folder, trash.resolve(folder.getFileName() + "-" + System.nanoTime()));
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
