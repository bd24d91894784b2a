package vn.loa.build;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import vn.loa.content.ContentType;
import vn.loa.content.ContentTypes;
import vn.loa.content.LoaAsciidoctorEngine;
import vn.loa.content.safety.ImageFiles;
import vn.loa.content.safety.SiteLinks;
import vn.loa.text.VietDates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;

/**
 * One bake of a Loa site with JBake's {@link Oven}, using Loa's utensils: a strict parallel crawler,
 * an in-memory content store and a renderer that writes into a staging folder. The staging folder
 * replaces the output only when nothing went wrong.
 */
public final class SiteBuild {
    private final BuildOptions options;
    private final List<SiteFeature> features;
    /** Null until {@link #run} opens the disk caches, once it knows whether they can be trusted. */
    private ParseCache cache;
    private RenderMemo memo;
    private CheckMemo checkMemo = CheckMemo.inMemory();
    private final boolean diskCaches;
    private PageListener pageListener;
    private Staging stagingMode = Staging.FRESH;
    private String previewHost;
    private boolean lockHeldByCaller;
    private Duration lockWait = Duration.ZERO;
    private Runnable onLockWait;

    public SiteBuild(BuildOptions options, List<SiteFeature> features, ParseCache cache, RenderMemo memo) {
        this.options = options;
        this.features = features;
        this.cache = cache;
        this.memo = memo;
        this.diskCaches = false;
    }

    private SiteBuild(BuildOptions options) {
        this.options = options;
        this.features = SiteFeatures.all();
        this.diskCaches = options.cacheDir() != null;
        if (!diskCaches) {
            this.cache = FileParseCache.inMemory();
            this.memo = RenderMemo.inMemory();
        }
    }

    /** A bake with every feature and the on-disk caches of the options (opened under the output's lock). */
    public static SiteBuild standard(BuildOptions options) {
        return new SiteBuild(options);
    }

    /** How long to wait for another bake of the same output to finish; {@code onWait} runs once when waiting starts. */
    public SiteBuild waitingForLock(Duration wait, Runnable onWait) {
        this.lockWait = wait;
        this.onLockWait = onWait;
        return this;
    }

    /** The caller holds the output's {@link OutputLock} for longer than one bake (the preview). */
    public SiteBuild lockedByCaller() {
        this.lockHeldByCaller = true;
        return this;
    }

    /** Keeps checker results of unchanged pages between bakes (the preview keeps one for its lifetime). */
    public SiteBuild withCheckMemo(CheckMemo memo) {
        this.checkMemo = memo;
        return this;
    }

    /** Stages into the previous site's folders, emptied in the background (the preview: see StagingRecycler). */
    public SiteBuild recyclingStaging(StagingRecycler stagingRecycler) {
        this.stagingMode = stagingRecycler;
        return this;
    }

    /**
     * The preview's own address (http://127.0.0.1:PORT) replaces site.host, keeping its sub-path, so that every
     * link of the preview stays on this machine; site.host is then not required (a new site may preview first).
     */
    public SiteBuild withPreviewHost(String host) {
        this.previewHost = host;
        return this;
    }

    public SiteBuild onPage(PageListener listener) {
        this.pageListener = listener;
        return this;
    }

    /**
     * Takes the output's lock, repairs what a killed bake left (see {@link StagingSwap#recover}) and bakes.
     *
     * @throws BuildFailedException listing every problem; the previous output is untouched
     * @throws OutputBusyException  when another bake or the preview holds the output
     */
    public BuildResult run() throws IOException {
        try (OutputLock lock = lockHeldByCaller ? null
                : OutputLock.acquire(options.output(), OutputLock.Owner.BUILD, lockWait, onLockWait)) {
            boolean interrupted = StagingSwap.recover(options.output());
            if (diskCaches) {
                openDiskCaches(!interrupted);
            }
            return bake();
        }
    }

    /** After an interrupted swap nothing on disk is read: the caches may describe a site that is not there. */
    private void openDiskCaches(boolean trusted) {
        Path dir = options.cacheDir();
        cache = FileParseCache.open(dir, cacheGeneration(options.source()), trusted);
        memo = RenderMemo.open(dir, trusted);
        checkMemo = CheckMemo.open(dir, trusted);
    }

    private BuildResult bake() throws IOException {
        long start = System.nanoTime();
        // Dates in pages and .ics files are Vietnamese dates, whatever zone the build machine is in.
        TimeZone.setDefault(TimeZone.getTimeZone(VietDates.ZONE));
        Path source = options.source();
        BuildProblems problems = new BuildProblems(source);
        requireFolder(source, "content", problems);
        requireFolder(source, "templates", problems);
        if (previewHost == null) {
            SiteHost.check(source, problems);
        }
        // Before anything reads these folders: no link may lead out of the site.
        SiteLinks.check(source, SiteLinks.insideAllowed(source), problems::error);
        if (problems.hasErrors()) {
            throw new BuildFailedException(problems.errors());
        }

        Path staging = StagingSwap.stagingFor(options.output());
        stagingMode.prepare(staging);

        ContentTypes types = ContentTypes.basic();
        features.forEach(f -> f.registerTypes(types));
        DefaultJBakeConfiguration config = configure(source, staging, types);
        registerEngines();

        SiteContext context = new SiteContext(config, options, problems, types, features);
        CheckerGate gate = options.runChecker()
            ? CheckerGate.forSite(source, config.getCompositeConfiguration().getString(CheckerGate.FAIL_ON_KEY), checkMemo,
                TemplateVariables.inlineStylesheet(context)) : null;
        context.setPageListener(combine(pageListener, gate));
        context.setRenderMemo(memo);
        context.setEarlyFiles(EarlyFiles.into(staging, memo, options.output()));
        LoaContentStore store = new LoaContentStore();
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new LoaCrawler(store, context, cache));
        utensils.setRenderer(new LoaRenderer(store, context));
        utensils.setAsset(new LoaAsset(config));

        context.phase("setup", start);
        long ovenStart = System.nanoTime();
        Oven oven = new LoaOven(utensils);
        // No broken image may be published; decoding them (and starting ImageIO) runs beside the bake.
        CompletableFuture<Void> images = CompletableFuture.runAsync(
            () -> ImageFiles.check(source, List.of("assets", "content"), problems::error));
        try {
            oven.bake();
        } catch (RuntimeException e) {
            context.earlyFiles().stop();
            fail(staging);
            throw ruleProblem(e, source);
        } catch (Error e) {
            context.earlyFiles().stop();
            fail(staging);
            throw e;
        } finally {
            context.earlyFiles().stop(); // before the staging folder is promoted or deleted
        }
        images.join();
        context.phase("oven total", ovenStart);
        if (gate != null) {
            try {
                gate.checker(); // unreadable rules: their own message, not the render errors they caused
            } catch (RuntimeException e) {
                fail(staging);
                throw ruleProblem(e, source);
            }
        }
        if (!oven.getErrors().isEmpty()) {
            // Template mistakes are problems already (SiteOutput); what reaches the oven is the machine (a full disk,
            // an asset that cannot be copied) or a fault in Loa: reported as itself, not as a mistake in the content.
            fail(staging);
            throw machineFailure(oven.getErrors().get(0));
        }
        if (problems.hasErrors()) {
            fail(staging);
            throw new BuildFailedException(problems.errors());
        }
        String checkSummary = null;
        if (gate != null) {
            long checkStart = System.nanoTime();
            var report = gate.report();
            CheckerGate.writeReports(report, checkerReportDir(options.output()));
            StringBuilder summary = new StringBuilder(CheckerGate.totals(report));
            for (BuildProblem finding : CheckerGate.findingsAtLeast(report, vn.loa.checker.Severity.WARNING)) {
                summary.append("\n  ! ").append(finding);
            }
            summary.append("\n  Báo cáo chi tiết: ").append(checkerReportDir(options.output()).resolve("report.html"));
            checkSummary = summary.toString();
            context.phase("checker reports", checkStart);
            List<BuildProblem> blocking = gate.blocking(report);
            if (!blocking.isEmpty()) {
                fail(staging);
                throw new BuildFailedException(blocking);
            }
        }
        long swapStart = System.nanoTime();
        try {
            stagingMode.promote(staging, options.output());
        } catch (IOException | RuntimeException e) {
            fail(staging);
            throw e;
        }
        boolean committed = commitCaches(problems);
        try {
            stagingMode.finish(options.output(), committed);
        } catch (IOException e) {
            problems.warning(options.output(), 0, "Trang web mới đã đăng đầy đủ nhưng không xóa được bản cũ bên cạnh ("
                + IoFailures.describe(e) + "). Lần dựng sau sẽ thử xóa lại.");
        }
        context.phase("swap", swapStart);

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ContentType type : types.all()) {
            long n = store.published(type.type()).size();
            if (n > 0) {
                counts.put(type.label(), (int) n);
            }
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(counts, problems.warnings(), context.phases(), total, checkSummary);
    }

    /** A checker rule file that could not be read, as a problem of that file (with its line); others unchanged. */
    private static RuntimeException ruleProblem(RuntimeException error, Path source) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof vn.loa.checker.RuleFileException rule) {
                Path rules = source.resolve("checker/rules");
                Path file = Files.isDirectory(rules) ? rules.resolve(rule.file())
                    : source.resolve("checker/rules (bộ quy tắc đóng gói trong loa.jar)/" + rule.file());
                return new BuildFailedException(List.of(BuildProblem.at(source, file, rule.line(),
                    "Tệp quy tắc của bộ kiểm tra giới bị lỗi: " + rule.why())));
            }
        }
        return error;
    }

    /** The failure inside JBake's wrapper (the rendering tool wraps whatever stopped it). */
    private static RuntimeException machineFailure(Throwable error) {
        Throwable cause = error instanceof org.jbake.template.RenderingException && error.getCause() != null
            ? error.getCause() : error;
        if (cause instanceof RuntimeException re) {
            return re;
        }
        IOException io = IoFailures.find(cause);
        return io != null ? new java.io.UncheckedIOException(io) : new IllegalStateException(cause.getMessage(), cause);
    }

    private void fail(Path staging) throws IOException {
        memo.discard();
        checkMemo.discard();
        StagingSwap.deleteTree(staging);
    }

    /**
     * Saves what this bake learnt for the next one. A cache that cannot be saved is only a warning (the new site is
     * already whole), and the swap's journal then stays, so the next bake trusts no cache and reads everything.
     */
    private boolean commitCaches(BuildProblems problems) {
        List<String> failures = new java.util.ArrayList<>();
        for (CacheCommit commit : List.<CacheCommit>of(memo::commit, checkMemo::commit, cache::save)) {
            try {
                commit.run();
            } catch (IOException e) {
                failures.add(IoFailures.describe(e));
            }
        }
        if (failures.isEmpty()) {
            return true;
        }
        Path where = options.cacheDir() == null ? options.output() : options.cacheDir();
        problems.warning(where, 0, "Không lưu được bộ nhớ đệm (" + String.join("; ", failures) + "). Trang web mới đã đăng"
            + " đầy đủ; lần dựng sau sẽ đọc lại mọi tệp (chậm hơn nhưng đúng). Hãy kiểm tra quyền ghi và dung lượng ổ đĩa.");
        return false;
    }

    private interface CacheCommit {
        void run() throws IOException;
    }

    /** Checker reports sit beside the output (target/checker-report/), never inside the published site. */
    public static Path checkerReportDir(Path output) {
        return output.resolveSibling("checker-report");
    }

    private static PageListener combine(PageListener a, PageListener b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return new PageListener() {
            @Override
            public void onPage(String path, String html, Path source) {
                a.onPage(path, html, source);
                b.onPage(path, html, source);
            }

            @Override
            public void onRenderedPage(String path, String digest, String html, Path source) {
                a.onRenderedPage(path, digest, html, source);
                b.onRenderedPage(path, digest, html, source);
            }

            @Override
            public void onReusedPage(String path, String digest, java.util.function.Supplier<String> html, Path source) {
                a.onReusedPage(path, digest, html, source);
                b.onReusedPage(path, digest, html, source);
            }
        };
    }

    private DefaultJBakeConfiguration configure(Path source, Path staging, ContentTypes types) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(source.toFile(), staging.toFile(), false);
        CompositeConfiguration c = config.getCompositeConfiguration();
        // Loa renders every page itself; JBake's own tools must find nothing to do.
        for (String flag : List.of("render.index", "render.feed", "render.archive", "render.tags",
            "render.tagsindex", "render.sitemap", "render.error404")) {
            c.setProperty(flag, false);
        }
        c.setProperty("db.store", "memory");
        if (previewHost != null) {
            c.setProperty(SiteHost.KEY, previewHost + SiteInfo.from(config).basePath());
        }
        for (ContentType type : types.all()) {
            if (c.getString("template." + type.type() + ".file") == null) {
                c.setProperty("template." + type.type() + ".file", type.template());
            }
        }
        return config;
    }

    private static void registerEngines() {
        LoaAsciidoctorEngine engine = new LoaAsciidoctorEngine();
        for (String ext : ContentFiles.ASCIIDOC) {
            Engines.register(ext, engine);
        }
    }

    private static void requireFolder(Path source, String name, BuildProblems problems) {
        if (!Files.isDirectory(source.resolve(name))) {
            problems.error(source.resolve(name), 0, "Không tìm thấy thư mục " + name + "/ trong " + source
                + ". Hãy chạy lệnh trong thư mục gốc của kho nội dung, hoặc chỉ đúng thư mục bằng --source.");
        }
    }

    /** Parser settings that change every parsed body: a change invalidates the whole cache. */
    static String cacheGeneration(Path source) {
        String properties = "";
        try {
            Path file = source.resolve("jbake.properties");
            properties = Files.isRegularFile(file) ? SourceFile.sha256(Files.readAllBytes(file)) : "";
        } catch (IOException e) {
            properties = "unreadable";
        }
        return "loa-" + codeStamp() + "-" + properties;
    }

    /**
     * Identifies this build of Loa itself by content (the jar's entries or the class folder's files), so new code
     * never reads old bodies while the same code rebuilt elsewhere (a fresh CI clone with its cache restored)
     * reuses them: a stamp from the jar's size and time would change on every CI run and empty the cache.
     */
    static String codeStamp() {
        return CodeStamp.OF_THIS_BUILD;
    }

}
