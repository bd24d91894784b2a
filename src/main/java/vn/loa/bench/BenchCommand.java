package vn.loa.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import vn.loa.launch.ClassArchive;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code loa bench}: generates a corpus, then builds it with Loa, stock JBake 2.7.0 and Hugo, each as a
 * separate process, and prints wall time, pages per second, peak RSS and ratios, plus Loa's incremental
 * rebuilds (no change, one edit, one delete). {@code --scaling} runs Loa alone at 1000 and 20000 articles.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark Loa against stock JBake 2.7.0 and Hugo on a generated Vietnamese corpus.")
public class BenchCommand implements Callable<Integer> {

    private static final List<Integer> SCALING_SIZES = List.of(1000, 20000);
    /** Loa's phase timing lines (echoed; the whole tail when Loa prints none). */
    private static final Pattern LOA_SUMMARY = Pattern.compile("(?i)^\\s*phase");
    private static final Pattern STOCK_SUMMARY = Pattern.compile("Baked \\d+ items|errors:|Failed|ERROR|Exception");
    private static final Pattern NOTHING = Pattern.compile("(?!)");

    @Option(names = "--articles", split = ",", paramLabel = "N", defaultValue = "1000",
            description = "Corpus sizes (repeatable or comma list; default ${DEFAULT-VALUE}).")
    List<Integer> articles = new ArrayList<>();

    @Option(names = "--format", defaultValue = "mix", description = "mix (even index AsciiDoc, odd Markdown), adoc or md.")
    String format;

    @Option(names = "--work", defaultValue = "target/bench", description = "Work folder (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--loa-jar", defaultValue = "target/loa.jar", description = "The Loa jar (default ${DEFAULT-VALUE}).")
    Path loaJar;

    @Option(names = "--repo", defaultValue = ".",
            description = "Loa repository whose templates/, assets/, data/, jbake.properties, checker/ the Loa site uses.")
    Path repo;

    @Option(names = "--seed", description = "Corpus seed.")
    long seed = CorpusGenerator.DEFAULT_SEED;

    @Option(names = "--java-opt", paramLabel = "OPT", description = "Extra JVM option for the Loa and stock runs (repeatable).")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--loa-runs", defaultValue = "3", paramLabel = "K",
            description = "Cold Loa builds per corpus, the first before stock JBake and the others after it; the table's "
                + "\"loa\" row and the ratios use the median (default ${DEFAULT-VALUE}).")
    int loaRuns;

    @Option(names = "--skip-loa", description = "Do not run Loa.")
    boolean skipLoa;

    @Option(names = "--skip-stock", description = "Do not run stock JBake.")
    boolean skipStock;

    @Option(names = "--skip-hugo", description = "Do not run Hugo.")
    boolean skipHugo;

    @Option(names = "--plain", description = "The old plain-prose corpus (paragraphs, headings, one-level lists, no inline "
        + "markup) instead of the realistic one, whose markup follows the rates of the --repo site's demo content.")
    boolean plain;

    @Option(names = "--scaling", description = "Run Loa alone at 1000 and 20000 articles; print per-article time ratio and peak RSS.")
    boolean scaling;

    @Option(names = "--checker", description = "Measure only the gender-in-media checker: pages per second on synthetic "
            + "600-word pages, from wall and CPU time, and the heap after each of two rounds.")
    boolean checker;

    @Option(names = "--checker-pages", defaultValue = "8000", paramLabel = "N",
            description = "Pages per checker round (default ${DEFAULT-VALUE}).")
    int checkerPages;

    @Option(names = "--checker-threads", defaultValue = "2", paramLabel = "T",
            description = "Checker worker threads (default ${DEFAULT-VALUE}).")
    int checkerThreads;

    @Spec
    CommandSpec spec;

    private final PrintStream out = System.out;
    private final ToolRunner runner = new ToolRunner();
    private final ResultTable table = new ResultTable();
    private CorpusGenerator.Format corpusFormat;
    private CorpusMix mix;
    private Commands commands;
    private SiteTrees trees;
    private Path outRoot;
    private Path logs;

    /** Temporary entry point until the command is registered under {@code vn.loa.cli.LoaCommand}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        validate();
        if (checker) {
            try {
                vn.loa.checker.CheckerBenchmark.run(checkerPages, checkerThreads, out);
            } catch (Exception e) {
                throw new IOException("checker benchmark failed", e);
            }
            return 0;
        }
        Path workDir = work.toAbsolutePath().normalize();
        commands = new Commands(loaJar, javaOptions);
        trees = new SiteTrees(workDir);
        outRoot = workDir.resolve("out");
        logs = workDir.resolve("logs");
        printMachine();
        printCorpus();
        if (!skipLoa) {
            prepareLoa(workDir);
        }
        if (scaling) {
            return runScaling();
        }
        try {
            for (int n : articles) {
                runRound(n);
            }
        } finally {
            SiteTrees.deleteTree(trash());
        }
        table.print(out);
        return 0;
    }

    private void validate() {
        try {
            corpusFormat = CorpusGenerator.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format must be mix, adoc or md, not '" + format + "'");
        }
        if (loaRuns < 1) {
            throw new ParameterException(spec.commandLine(), "--loa-runs must be at least 1: " + loaRuns);
        }
        if (articles.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--articles must be positive: " + articles);
        }
    }

    private void printMachine() {
        out.println("== machine");
        MachineInfo.describe(commands.java()).forEach(line -> out.println("  " + line));
        out.println("  measured with: " + (runner.usesGnuTime() ? "/usr/bin/time -v (peak RSS) and System.nanoTime (wall)"
                : "/usr/bin/time missing: System.nanoTime (wall) and VmHWM polled from /proc/<pid>/status (peak RSS)"));
        if (!skipLoa && !commands.loaJar().toFile().isFile()) {
            out.println("  Loa jar not found: " + commands.loaJar() + " (the Loa runs will fail)");
        }
    }

    /** The realistic corpus follows the markup rates of the repository's demo articles; prints both. */
    private void printCorpus() {
        out.println("== corpus");
        if (plain) {
            out.println("  plain prose (--plain): paragraphs, headings, one-level lists, no inline markup");
            return;
        }
        Path demo = repo.toAbsolutePath().normalize().resolve("content");
        mix = CorpusMix.of(demo);
        out.println("  markup measured on " + demo + " and generated:");
        mix.describe().forEach(line -> out.println("  " + line));
    }

    /**
     * Loa as installed by {@code mvn package}: the first bake from a new jar records the class-data
     * archive later bakes map (see ClassArchive). After a package run that skipped the demo bake there
     * is none yet, so one untimed bake of the repository's own site records it.
     */
    private void prepareLoa(Path workDir) throws IOException {
        if (ClassArchive.readyFor(commands.loaJar())) {
            out.println("  Loa class-data archive: present");
            return;
        }
        Path dest = workDir.resolve("out").resolve("setup");
        Measurement m = runner.run("loa setup", 0, commands.loa(repo.toAbsolutePath().normalize(), dest), log("loa-setup", 0));
        out.printf(Locale.ROOT, "  Loa class-data archive: recorded by one untimed bake of %s (%s)%n",
                repo.toAbsolutePath().normalize(), ClassArchive.readyFor(commands.loaJar()) ? "done" : "FAILED, see " + m.log());
    }

    /**
     * Loa's cold builds are spread around the stock and Hugo runs and the median is compared: on a shared
     * machine one five-second run can land in a slow moment, while a minute of stock JBake averages over it.
     */
    private void runRound(int n) throws IOException {
        SiteTrees.Corpus corpus = generate(n);
        List<Measurement> coldRuns = new ArrayList<>();
        if (!skipLoa) {
            Measurement cold = runLoa(n, coldLabel(1), log("loa", n));
            coldRuns.add(cold);
            if (built(cold)) {
                for (Measurement m : new IncrementalScenario(runner, commands, out).run(trees, corpus, outRoot.resolve("loa"), logs)) {
                    table.add(n, m);
                }
            }
        }
        if (!skipStock) {
            Path dest = clean("stock");
            Measurement m = runner.run(ResultTable.STOCK, n, commands.stock(trees.stockSite, dest), log("stock", n));
            report(n, m.withHtmlFiles(ToolRunner.countHtml(dest)), STOCK_SUMMARY, 5);
        }
        if (!skipHugo) {
            runHugo(n, corpus);
        }
        if (!skipLoa) {
            for (int run = 2; run <= loaRuns; run++) {
                coldRuns.add(runLoa(n, coldLabel(run), log("loa", n, "-run" + run)));
            }
            addMedian(n, coldRuns);
        }
    }

    private String coldLabel(int run) {
        return loaRuns == 1 ? ResultTable.LOA : "loa cold run " + run;
    }

    /** The "loa" row: the cold run with the median wall time (all runs have their own rows too). */
    private void addMedian(int n, List<Measurement> coldRuns) {
        if (coldRuns.size() < 2) {
            return;
        }
        List<Measurement> good = coldRuns.stream().filter(BenchCommand::built)
            .sorted(java.util.Comparator.comparingDouble(Measurement::wallSeconds)).toList();
        if (good.size() < coldRuns.size()) {
            out.println("  Loa: " + (coldRuns.size() - good.size()) + " cold build(s) failed; no median");
            return;
        }
        Measurement median = good.get(good.size() / 2);
        table.add(n, median.withTool(ResultTable.LOA));
        out.printf(Locale.ROOT, "  loa cold builds: %s s; median %.2f s%n",
            String.join(", ", good.stream().map(m -> String.format(Locale.ROOT, "%.2f", m.wallSeconds())).toList()),
            median.wallSeconds());
    }

    private SiteTrees.Corpus generate(int n) throws IOException {
        out.printf(Locale.ROOT, "%n== N=%d, format=%s, seed=%d, %s corpus%n", n, corpusFormat.name().toLowerCase(Locale.ROOT), seed,
            plain ? "plain" : "realistic");
        long start = System.nanoTime();
        SiteTrees.Corpus corpus = trees.create(n, new CorpusGenerator(seed, corpusFormat, mix), repo.toAbsolutePath().normalize(), trash());
        out.printf(Locale.ROOT, "  corpus: %d articles (%d Markdown) in %.1f s under %s%n",
                n, corpus.markdown(), (System.nanoTime() - start) / 1e9, trees.loaSite.getParent());
        if (!corpus.missingRepoFiles().isEmpty()) {
            out.println("  loa-site: not found in " + repo.toAbsolutePath().normalize() + ": " + corpus.missingRepoFiles());
        }
        return corpus;
    }

    private Measurement runLoa(int n, String label, Path log) throws IOException {
        Path dest = clean("loa");
        // A cold build: without this, a second bench run reused parsed bodies and checker results.
        setAside(vn.loa.build.BuildOptions.defaultCacheDir(dest));
        Measurement m = runner.run(label, n, commands.loa(trees.loaSite, dest), log)
                .withHtmlFiles(ToolRunner.countHtml(dest));
        report(n, m, LOA_SUMMARY, 12);
        if (!built(m)) {
            out.println("  Loa build FAILED (exit " + m.exitCode() + ", " + m.htmlFiles() + " HTML files), log "
                    + m.log() + "; continuing with the other tools");
        }
        return m;
    }

    /** A build counts only when it exited 0 and wrote pages. */
    private static boolean built(Measurement m) {
        return m.ok() && m.htmlFiles() > 0;
    }

    private void runHugo(int n, SiteTrees.Corpus corpus) throws IOException {
        if (!Commands.onPath("hugo")) {
            out.println("  hugo not installed: apt-get install hugo");
        } else if (corpus.markdown() == 0) {
            out.println("  hugo skipped: the corpus has no Markdown articles");
        } else {
            Path dest = clean("hugo");
            Measurement m = runner.run(ResultTable.HUGO, corpus.markdown(), Commands.hugo(trees.hugoSite, dest), log("hugo", n));
            report(n, m.withHtmlFiles(ToolRunner.countHtml(dest)), NOTHING, 5);
        }
    }

    private int runScaling() throws IOException {
        List<Measurement> runs = new ArrayList<>();
        try {
            for (int n : SCALING_SIZES) {
                generate(n);
                runs.add(runLoa(n, ResultTable.LOA, log("loa", n)));
            }
        } finally {
            SiteTrees.deleteTree(trash());
        }
        table.print(out);
        Measurement small = runs.get(0);
        Measurement large = runs.get(1);
        if (built(small) && built(large)) {
            out.printf(Locale.ROOT, "scaling: time per article at %d / at %d = %.2f; peak RSS %.0f MB -> %.0f MB%n",
                    large.articles(), small.articles(), large.secondsPerArticle() / small.secondsPerArticle(),
                    small.peakRssMb(), large.peakRssMb());
            return 0;
        }
        out.println("scaling: n/a (a Loa build failed)");
        return 1;
    }

    private void report(int n, Measurement m, Pattern summary, int tailLines) {
        table.add(n, m);
        out.printf(Locale.ROOT, "  %-12s %.2f s, peak RSS %s MB, exit %d, other cores %s, log %s%n", m.tool(),
                m.wallSeconds(), m.peakRssKb() < 0 ? "?" : String.format(Locale.ROOT, "%.0f", m.peakRssMb()),
                m.exitCode(), m.otherCores() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", m.otherCores()), m.log());
        ToolRunner.summaryLines(m.log(), summary, tailLines).forEach(line -> out.println("    | " + line));
    }

    private Path clean(String tool) throws IOException {
        Path dest = outRoot.resolve(tool);
        setAside(dest);
        return dest;
    }

    private void setAside(Path folder) throws IOException {
        SiteTrees.setAside(folder, trash());
    }

    private Path trash() {
        return outRoot.resolveSibling("set-aside");
    }

    private Path log(String tool, int n) {
        return log(tool, n, "");
    }

    private Path log(String tool, int n, String suffix) {
        return logs.resolve(tool + "-" + n + "-" + corpusFormat.name().toLowerCase(Locale.ROOT) + suffix + ".log");
    }
}
