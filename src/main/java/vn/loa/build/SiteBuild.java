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
    private final ParseCache cache;
    private final RenderMemo memo;
    private CheckMemo checkMemo = CheckMemo.inMemory();
    private PageListener pageListener;
    private Staging stagingMode = Staging.FRESH;

    public SiteBuild(BuildOptions options, List<SiteFeature> features, ParseCache cache, RenderMemo memo) {
        this.options = options;
        this.features = features;
        this.cache = cache;
        this.memo = memo;
    }

    /** A bake with every feature and the on-disk parse cache of the options. */
    public static SiteBuild standard(BuildOptions options) {
        if (options.cacheDir() == null) {
            return new SiteBuild(options, SiteFeatures.all(), FileParseCache.inMemory(), RenderMemo.inMemory());
        }
        return new SiteBuild(options, SiteFeatures.all(),
            FileParseCache.open(options.cacheDir(), cacheGeneration(options.source())), RenderMemo.open(options.cacheDir()))
            .withCheckMemo(CheckMemo.open(options.cacheDir()));
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

    public SiteBuild onPage(PageListener listener) {
        this.pageListener = listener;
        return this;
    }

    /** @throws BuildFailedException listing every problem; the previous output is untouched */
    public BuildResult run() throws IOException {
        long start = System.nanoTime();
        // Dates in pages and .ics files are Vietnamese dates, whatever zone the build machine is in.
        TimeZone.setDefault(TimeZone.getTimeZone(VietDates.ZONE));
        Path source = options.source();
        BuildProblems problems = new BuildProblems(source);
        requireFolder(source, "content", problems);
        requireFolder(source, "templates", problems);
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
                throw e;
            }
        }
        for (Throwable error : oven.getErrors()) {
            problems.error(source, 0, "Lỗi khi dựng trang: " + error.getMessage());
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
        stagingMode.promote(staging, options.output());
        memo.commit();
        checkMemo.commit();
        cache.save();
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

    private void fail(Path staging) throws IOException {
        memo.discard();
        checkMemo.discard();
        StagingSwap.deleteTree(staging);
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

    /** Identifies this build of Loa itself (the jar or class folder), so new code never reads old bodies. */
    static String codeStamp() {
        try {
            Path code = Path.of(SiteBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(code) + "." + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }

}
