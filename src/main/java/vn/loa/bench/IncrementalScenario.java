package vn.loa.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loa's incremental builds after a cold build into the same output folder: no change, one article
 * edited (a sentence appended), one article deleted (its page folder must disappear). The corpus is put
 * back afterwards.
 */
final class IncrementalScenario {

    static final String ADDED_SENTENCE = "Câu này được thêm vào để đo thời gian dựng lại sau khi sửa một bài.";

    private final ToolRunner runner;
    private final Commands commands;
    private final PrintStream out;

    IncrementalScenario(ToolRunner runner, Commands commands, PrintStream out) {
        this.runner = runner;
        this.commands = commands;
        this.out = out;
    }

    List<Measurement> run(SiteTrees trees, SiteTrees.Corpus corpus, Path loaOut, Path logs) throws IOException {
        List<Measurement> results = new ArrayList<>();
        int n = corpus.articles();
        Path posts = trees.loaSite.resolve("content/bai-viet");
        results.add(build("loa (no change)", n, trees, loaOut, logs.resolve("loa-" + n + "-nochange.log")));

        Path edited = posts.resolve(corpus.fileNames().get(n / 2));
        byte[] original = Files.readAllBytes(edited);
        try {
            Files.writeString(edited, "\n" + ADDED_SENTENCE + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            results.add(build("loa (1 edited)", n, trees, loaOut, logs.resolve("loa-" + n + "-edit.log")));
            if (n < 3) {
                out.println("  (corpus too small for the delete scenario)");
                return results;
            }
            results.add(deleteOne(corpus, posts, trees, loaOut, logs));
            return results;
        } finally {
            Files.write(edited, original); // later cold builds bake the corpus as generated
        }
    }

    private Measurement deleteOne(SiteTrees.Corpus corpus, Path posts, SiteTrees trees, Path loaOut, Path logs) throws IOException {
        int n = corpus.articles();
        int deletedIndex = n / 3;
        String fileName = corpus.fileNames().get(deletedIndex);
        Optional<Path> page = pageFolder(loaOut, fileName, corpus.titles().get(deletedIndex));
        Path file = posts.resolve(fileName);
        byte[] original = Files.readAllBytes(file);
        Files.delete(file);
        try {
            Measurement deleted = build("loa (1 deleted)", n - 1, trees, loaOut, logs.resolve("loa-" + n + "-delete.log"));
            if (page.isEmpty()) {
                out.println("  delete check: could not find the page folder of " + fileName + " before deleting it");
            } else {
                boolean gone = !Files.exists(page.get());
                out.println("  delete check: " + loaOut.relativize(page.get()) + (gone ? " removed: OK" : " STILL PRESENT: FAIL"));
            }
            return deleted;
        } finally {
            Files.write(file, original);
        }
    }

    private Measurement build(String label, int articles, SiteTrees trees, Path loaOut, Path log) throws IOException {
        Measurement m = runner.run(label, articles, commands.loa(trees.loaSite, loaOut), log);
        out.printf("  %-16s %.2f s, exit %d%n", label, m.wallSeconds(), m.exitCode());
        return m.withHtmlFiles(ToolRunner.countHtml(loaOut));
    }

    /** The article's page folder: {@code bai-viet/<file slug>/}, else the folder whose page has its title. */
    static Optional<Path> pageFolder(Path loaOut, String fileName, String title) throws IOException {
        Path section = loaOut.resolve("bai-viet");
        Path bySlug = section.resolve(fileName.substring(0, fileName.lastIndexOf('.')));
        if (Files.isDirectory(bySlug)) {
            return Optional.of(bySlug);
        }
        if (!Files.isDirectory(section)) {
            return Optional.empty();
        }
        Pattern ownTitle = Pattern.compile("<title>\\s*" + Pattern.quote(title));
        try (Stream<Path> folders = Files.list(section)) {
            return folders.filter(dir -> hasTitle(dir.resolve("index.html"), ownTitle)).findFirst();
        }
    }

    private static boolean hasTitle(Path page, Pattern ownTitle) {
        try {
            return Files.isRegularFile(page) && ownTitle.matcher(Files.readString(page, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }
}
