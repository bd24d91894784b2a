package vn.loa.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results of a check run, ready to be written as JSON, SARIF 2.1.0, HTML or a console summary.
 * Pages are sorted by path and findings keep page order, so every output is deterministic.
 */
public final class CheckReport {
    private final List<PageResult> pages;
    private final List<RuleInfo> rules;

    private CheckReport(List<PageResult> pages, List<RuleInfo> rules) {
        List<PageResult> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(PageResult::file));
        this.pages = List.copyOf(sorted);
        this.rules = List.copyOf(rules);
    }

    /** A report whose SARIF rule list is built from the findings themselves. */
    public static CheckReport of(List<PageResult> pages) {
        return new CheckReport(pages, List.of());
    }

    /** A report that describes every loaded rule (use {@link Checker#rules()}). */
    public static CheckReport of(List<PageResult> pages, List<RuleInfo> rules) {
        return new CheckReport(pages, rules);
    }

    public List<PageResult> pages() {
        return pages;
    }

    List<RuleInfo> rules() {
        return rules;
    }

    /** True when some finding is at or above {@code failLevel}; null means never fail. */
    public boolean hasFailures(Severity failLevel) {
        return failLevel != null && pages.stream().anyMatch(p -> p.has(failLevel));
    }

    public ReportSummary summary() {
        return ReportSummary.of(pages);
    }

    public String toJson() {
        List<Object> pageList = new ArrayList<>();
        for (PageResult p : pages) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("file", p.file());
            List<Object> findings = new ArrayList<>();
            for (Finding f : p.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("group", f.group());
                m.put("rule", f.rule());
                m.put("severity", f.severity().id());
                m.put("text", f.text());
                m.put("context", f.context());
                m.put("message", f.message());
                m.put("suggestion", f.suggestion());
                m.put("source", sourceJson(f));
                findings.add(m);
            }
            page.put("findings", findings);
            page.put("metrics", metricsJson(p.metrics()));
            page.put("topic", topicJson(p.topic()));
            pageList.add(page);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pages", pageList);
        root.put("summary", summary().toJsonMap(pages));
        return Json.write(root);
    }

    private static Object sourceJson(Finding f) {
        if (f.sourceFile() == null) {
            return null;
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", f.sourceFile());
        s.put("line", f.sourceLine());
        return s;
    }

    /** The page's topic decision and the terms behind it. */
    static Map<String, Object> topicJson(TopicDecision t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("violence", t.violence());
        out.put("score", t.score());
        out.put("threshold", t.threshold());
        List<Object> terms = new ArrayList<>();
        for (TopicDecision.Term term : t.terms()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", term.text());
            m.put("kind", term.kind());
            m.put("weight", term.weight());
            m.put("scope", term.scope());
            terms.add(m);
        }
        out.put("terms", terms);
        return out;
    }

    static Map<String, Object> metricsJson(SourceMetrics m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("female", m.female());
        out.put("male", m.male());
        out.put("share", m.share());
        return out;
    }

    public String toSarif() {
        return SarifReport.render(this);
    }

    public String toHtml() {
        return HtmlReport.render(this);
    }

    public String consoleSummary() {
        return ConsoleSummary.render(this);
    }

    public void writeJson(Path file) {
        write(file, toJson());
    }

    public void writeSarif(Path file) {
        write(file, toSarif());
    }

    public void writeHtml(Path file) {
        write(file, toHtml());
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được báo cáo " + file, e);
        }
    }
}
