package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ReportTest {

    private static CheckReport sample(Path sourceDir) throws Exception {
        Path source = sourceDir.resolve("bai.md");
        Files.writeString(source, "title=Bài\n~~~~~~\n\nỞ quê tôi,\nviệc nhà là việc của phụ nữ.\n");
        Checker checker = Checker.load(null, CheckerConfig.defaults().withSourceRoot(sourceDir));
        PageResult a = checker.checkPage("z/index.html", Pages.generalPage("<p>Ở quê tôi, việc nhà là việc của phụ nữ.</p>"), source);
        PageResult b = checker.checkPage("a/index.html", Pages.generalPage("<p>Bài sạch, \"không\" có vấn đề.</p>"), null);
        return CheckReport.of(List.of(a, b), checker.rules());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheDocumentedShapeAndParsesBack(@TempDir Path dir) throws Exception {
        CheckReport report = sample(dir);
        Path out = dir.resolve("r.json");
        report.writeJson(out);
        Map<String, Object> root = parse(Files.readString(out));
        List<Map<String, Object>> pages = (List<Map<String, Object>>) root.get("pages");
        assertEquals("a/index.html", pages.get(0).get("file"), "pages are sorted");
        Map<String, Object> finding = ((List<Map<String, Object>>) pages.get(1).get("findings")).get(0);
        assertEquals(List.of("group", "rule", "severity", "text", "context", "message", "suggestion", "source"),
                List.copyOf(finding.keySet()));
        assertEquals("warning", finding.get("severity"));
        assertEquals("việc nhà là việc của phụ nữ", finding.get("text"));
        Map<String, Object> source = (Map<String, Object>) finding.get("source");
        assertEquals("bai.md", source.get("file"));
        assertEquals(5, source.get("line"), "first line of the phrase, even across a line break");
        Map<String, Object> metrics = (Map<String, Object>) pages.get(0).get("metrics");
        assertEquals(List.of("female", "male", "share"), List.copyOf(metrics.keySet()));
        assertNull(metrics.get("share"));
        assertTrue(((Map<String, Object>) root.get("summary")).containsKey("bySeverity"));
        assertEquals(report.toJson(), sample(dir).toJson(), "deterministic output");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sarifIsVersion210WithRulesAndLocations(@TempDir Path dir) throws Exception {
        Map<String, Object> root = parse(sample(dir).toSarif());
        assertEquals("2.1.0", root.get("version"));
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", root.get("$schema"));
        Map<String, Object> run = ((List<Map<String, Object>>) root.get("runs")).get(0);
        Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) driver.get("rules");
        assertTrue(rules.stream().anyMatch(r -> r.get("id").equals("G1-viec-nha-cua-phu-nu")));
        Map<String, Object> result = ((List<Map<String, Object>>) run.get("results")).get(0);
        assertEquals("G1-viec-nha-cua-phu-nu", result.get("ruleId"));
        assertEquals("warning", result.get("level"));
        Map<String, Object> physical = (Map<String, Object>) ((List<Map<String, Object>>) result.get("locations")).get(0)
                .get("physicalLocation");
        assertEquals("bai.md", ((Map<String, Object>) physical.get("artifactLocation")).get("uri"));
        assertEquals(5, ((Map<String, Object>) physical.get("region")).get("startLine"));
    }

    @Test
    void htmlIsVietnameseSelfContainedAndHighlights(@TempDir Path dir) throws Exception {
        String html = sample(dir).toHtml();
        assertTrue(html.contains("<html lang=\"vi\">"));
        assertTrue(html.contains("<mark>việc nhà là việc của phụ nữ</mark>"));
        assertTrue(html.contains("Gợi ý"));
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src=\"http"));
    }

    @Test
    void consoleSummaryAndFailLevels(@TempDir Path dir) throws Exception {
        CheckReport report = sample(dir);
        String console = report.consoleSummary();
        assertTrue(console.contains("Đã kiểm tra 2 trang"), console);
        assertTrue(console.contains("bai.md:5"), console);
        assertTrue(report.hasFailures(Severity.WARNING));
        assertFalse(report.hasFailures(Severity.ERROR));
        assertFalse(report.hasFailures(null));
    }
}
