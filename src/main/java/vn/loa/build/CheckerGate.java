package vn.loa.build;

import vn.loa.checker.CheckReport;
import vn.loa.checker.Checker;
import vn.loa.checker.CheckerConfig;
import vn.loa.support.SupportDirectory;
import vn.loa.checker.Finding;
import vn.loa.checker.PageResult;
import vn.loa.checker.Severity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The gender-in-media checker inside the bake: every page is checked as it is rendered (no second
 * read from disk), reports go beside the output (never into the published site), and findings at or
 * above the fail level stop the site from being swapped in.
 */
public final class CheckerGate implements PageListener {
    /** jbake.properties key: error (default), warning, or none. */
    public static final String FAIL_ON_KEY = "loa.checker.fail-on";
    private static final String STYLE_OPEN = "<style>";
    private static final String STYLE_CLOSE = "</style>";

    /** Loading the rules takes a few hundred milliseconds: it runs while the content is parsed. */
    private final CompletableFuture<Checker> checker;
    private final Severity failLevel;
    private final CheckMemo memo;
    private final String rulesDigest;
    private final Queue<PageResult> results = new ConcurrentLinkedQueue<>();
    /** The style element the page template writes, stylesheet inlined; null when there is none. */
    private final String styleElement;

    private CheckerGate(CompletableFuture<Checker> checker, Severity failLevel, CheckMemo memo, String rulesDigest,
                        String inlineStylesheet) {
        this.checker = checker;
        this.failLevel = failLevel;
        this.memo = memo;
        this.rulesDigest = rulesDigest;
        this.styleElement = inlineStylesheet.isEmpty() ? null : STYLE_OPEN + inlineStylesheet + STYLE_CLOSE;
    }

    /**
     * @param inlineStylesheet the stylesheet the page template inlines in every page's head
     */
    public static CheckerGate forSite(Path source, String failOn, CheckMemo memo, String inlineStylesheet) {
        // Loa's rules, with the province's own rule files (tuy-bien/checker/rules/) over them.
        List<Path> rules = Overrides.layers(source.resolve("checker/rules"), Overrides.rules(source));
        // G7's suggestion lists the site's own support numbers, so a changed directory re-checks the pages.
        List<Path> supportFiles = List.of(source.resolve("data").resolve(SUPPORT_FILE),
            Overrides.data(source).resolve(SUPPORT_FILE));
        CompletableFuture<Checker> checker = CompletableFuture.supplyAsync(
            () -> Checker.loadLayered(rules, CheckerConfig.defaults().withSourceRoot(source)
                .withSupport(SupportDirectory.forSite(source).orElse(null))),
            task -> Workers.background("loa-checker-rules").newThread(task).start());
        String digest = Fingerprints.of(SiteBuild.codeStamp(), rules.isEmpty() ? "bundled"
            : String.join(",", rules.stream().map(TemplateVariables::folderDigest).toList()),
            String.join(",", supportFiles.stream().map(CheckerGate::supportDigest).toList()));
        return new CheckerGate(checker, parseLevel(failOn), memo, digest, inlineStylesheet);
    }

    private static final String SUPPORT_FILE = "ho-tro.yml";

    private static String supportDigest(Path file) {
        try {
            return Files.isRegularFile(file) ? Fingerprints.of(Files.readString(file)) : "";
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** The loaded checker; a rules file that could not be loaded fails here with its own exception. */
    public Checker checker() {
        try {
            return checker.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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
        results.add(check(pagePath, html, source));
    }

    /**
     * Checks a page without the inline stylesheet: style text is never checked, yet it is a fifth of what
     * the checker's HTML parser would read on every page. Only the exact element the template wrote is
     * cut, and only where a page's first {@code <style>} is; any other page is checked as it is.
     */
    private PageResult check(String pagePath, String html, Path source) {
        String page = html;
        if (styleElement != null) {
            int at = html.indexOf(STYLE_OPEN);
            if (at >= 0 && html.startsWith(styleElement, at)) {
                page = html.substring(0, at) + STYLE_OPEN + STYLE_CLOSE + html.substring(at + styleElement.length());
            }
        }
        return checker().checkPage(pagePath, page, source);
    }

    @Override
    public void onRenderedPage(String pagePath, String digest, String html, Path source) {
        PageResult result = check(pagePath, html, source);
        memo.record(pagePath, rulesDigest + digest + sourceStamp(source), result);
        results.add(result);
    }

    @Override
    public void onReusedPage(String pagePath, String digest, java.util.function.Supplier<String> html, Path source) {
        String key = rulesDigest + digest + sourceStamp(source);
        PageResult result = memo.lookup(pagePath, key);
        if (result == null) {
            result = check(pagePath, html.get(), source);
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
        return CheckReport.of(new ArrayList<>(results), checker().rules());
    }

    /** Writes report.html, report.json and report.sarif into {@code dir}. */
    public static void writeReports(CheckReport report, Path dir) {
        report.writeHtml(dir.resolve("report.html"));
        report.writeJson(dir.resolve("report.json"));
        report.writeSarif(dir.resolve("report.sarif"));
    }

    /** Findings that block publishing, as build problems pointing at the content file and line. */
    public List<BuildProblem> blocking(CheckReport report) {
        return failLevel == null ? List.of() : findingsAtLeast(report, failLevel);
    }

    /**
     * Findings at or above {@code level} in the build's own "file, dòng N: ..." form, one per place and
     * rule: the same words seen in a page's lead and body, or on two pages, are one thing to fix.
     */
    public static List<BuildProblem> findingsAtLeast(CheckReport report, Severity level) {
        java.util.Set<BuildProblem> problems = new java.util.TreeSet<>(BuildProblem.ORDER);
        for (PageResult page : report.pages()) {
            for (Finding f : page.findings()) {
                if (f.severity().atLeast(level)) {
                    String file = f.sourceFile() != null ? f.sourceFile() : page.file();
                    int line = f.sourceLine() == null ? 0 : f.sourceLine();
                    problems.add(new BuildProblem(file, line, "Kiểm tra giới, " + f.severity().label() + " " + f.group()
                        + " (" + f.rule() + ") «" + f.text() + "»: " + f.message()
                        + (f.suggestion() == null || f.suggestion().isBlank() ? "" : " Gợi ý: " + f.suggestion())));
                }
            }
        }
        return new ArrayList<>(problems);
    }

    /** The totals the yearly report asks for, in one or two lines. */
    public static String totals(CheckReport report) {
        var s = report.summary();
        StringBuilder sb = new StringBuilder();
        sb.append(s.pages()).append(" trang (").append(s.violencePages()).append(" về bạo lực giới): ")
            .append(s.bySeverity().get(Severity.ERROR)).append(" lỗi, ").append(s.bySeverity().get(Severity.WARNING))
            .append(" cảnh báo, ").append(s.bySeverity().get(Severity.INFO)).append(" thông tin");
        if (!s.byGroup().isEmpty()) {
            sb.append(" (");
            s.byGroup().forEach((g, n) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(g).append(": ").append(n));
            sb.append(')');
        }
        sb.append(". Nguồn tin được trích dẫn: nữ ").append(s.female()).append(", nam ").append(s.male());
        if (s.female() + s.male() > 0) {
            sb.append(String.format(Locale.ROOT, " (nữ chiếm %d%%)", Math.round(100.0 * s.female() / (s.female() + s.male()))));
        }
        if (s.suppressions() > 0) {
            sb.append(". Lệnh bỏ qua: ").append(s.suppressions()).append(" (bỏ qua ").append(s.silencedFindings()).append(" phát hiện)");
        }
        return sb.append('.').toString();
    }
}
