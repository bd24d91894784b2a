package vn.loa.build;

import vn.loa.checker.CheckReport;
import vn.loa.checker.Checker;
import vn.loa.checker.CheckerConfig;
import vn.loa.checker.Finding;
import vn.loa.checker.PageResult;
import vn.loa.checker.Severity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The gender-in-media checker inside the bake: every page is checked as it is rendered (no second
 * read from disk), reports go beside the output (never into the published site), and findings at or
 * above the fail level stop the site from being swapped in.
 */
public final class CheckerGate implements PageListener {
    /** jbake.properties key: error (default), warning, or none. */
    public static final String FAIL_ON_KEY = "loa.checker.fail-on";

    private final Checker checker;
    private final Severity failLevel;
    private final CheckMemo memo;
    private final String rulesDigest;
    private final Queue<PageResult> results = new ConcurrentLinkedQueue<>();

    private CheckerGate(Checker checker, Severity failLevel, CheckMemo memo, String rulesDigest) {
        this.checker = checker;
        this.failLevel = failLevel;
        this.memo = memo;
        this.rulesDigest = rulesDigest;
    }

    public static CheckerGate forSite(Path source, String failOn, CheckMemo memo) {
        Path rules = source.resolve("checker/rules");
        boolean own = Files.isDirectory(rules);
        Checker checker = Checker.load(own ? rules : null, CheckerConfig.defaults().withSourceRoot(source));
        String digest = Fingerprints.of(SiteBuild.codeStamp(), own ? TemplateVariables.folderDigest(rules) : "bundled");
        return new CheckerGate(checker, parseLevel(failOn), memo, digest);
    }

    public CheckMemo memo() {
        return memo;
    }

    static Severity parseLevel(String failOn) {
        if (failOn == null || failOn.isBlank()) {
            return Severity.ERROR;
        }
        return failOn.strip().toLowerCase(Locale.ROOT).equals("none") ? null : Severity.parse(failOn.strip());
    }

    @Override
    public void onPage(String pagePath, String html, Path source) {
        results.add(checker.checkPage(pagePath, html, source));
    }

    @Override
    public void onRenderedPage(String pagePath, String digest, String html, Path source) {
        PageResult result = checker.checkPage(pagePath, html, source);
        memo.record(pagePath, rulesDigest + digest + sourceStamp(source), result);
        results.add(result);
    }

    @Override
    public void onReusedPage(String pagePath, String digest, java.util.function.Supplier<String> html, Path source) {
        String key = rulesDigest + digest + sourceStamp(source);
        PageResult result = memo.lookup(pagePath, key);
        if (result == null) {
            result = checker.checkPage(pagePath, html.get(), source);
        }
        memo.record(pagePath, key, result);
        results.add(result);
    }

    /** Findings point at source lines, so a source edit that leaves the page unchanged still re-checks it. */
    private static String sourceStamp(Path source) {
        try {
            return source == null ? "" : String.valueOf(Files.getLastModifiedTime(source).toMillis());
        } catch (java.io.IOException e) {
            return "";
        }
    }

    public CheckReport report() {
        return CheckReport.of(new ArrayList<>(results), checker.rules());
    }

    /** Writes report.html, report.json and report.sarif into {@code dir}. */
    public static void writeReports(CheckReport report, Path dir) {
        report.writeHtml(dir.resolve("report.html"));
        report.writeJson(dir.resolve("report.json"));
        report.writeSarif(dir.resolve("report.sarif"));
    }

    /** Findings that block publishing, as build problems pointing at the content file and line. */
    public List<BuildProblem> blocking(CheckReport report) {
        List<BuildProblem> problems = new ArrayList<>();
        if (failLevel == null) {
            return problems;
        }
        for (PageResult page : report.pages()) {
            for (Finding f : page.findings()) {
                if (f.severity().atLeast(failLevel)) {
                    String file = f.sourceFile() != null ? f.sourceFile() : page.file();
                    int line = f.sourceLine() == null ? 0 : f.sourceLine();
                    problems.add(new BuildProblem(file, line, "Kiểm tra giới [" + f.group() + " · " + f.rule() + "] \""
                        + f.text() + "\": " + f.message() + (f.suggestion() == null || f.suggestion().isBlank() ? ""
                        : " Gợi ý: " + f.suggestion())));
                }
            }
        }
        problems.sort(BuildProblem.ORDER);
        return problems;
    }
}
