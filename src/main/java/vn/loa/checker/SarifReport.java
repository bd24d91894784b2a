package vn.loa.checker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0: one run, the rules from the YAML files, one result per finding. */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "2.1.0";

    private SarifReport() {
    }

    static String render(CheckReport report) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Object> rules = new ArrayList<>();
        for (RuleInfo r : report.rules()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(rule(r.id(), r.group(), r.severity(), r.title(), r.note(), r.suggestion()));
        }
        List<Object> results = new ArrayList<>();
        for (PageResult page : report.pages()) {
            for (Finding f : page.findings()) {
                if (!ruleIndex.containsKey(f.rule())) {
                    ruleIndex.put(f.rule(), rules.size());
                    rules.add(rule(f.rule(), f.group(), f.severity(), f.rule(), f.message(), f.suggestion()));
                }
                results.add(result(f, ruleIndex.get(f.rule())));
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "loa-checker");
        driver.put("fullName", "Loa — kiểm tra giới trong truyền thông");
        driver.put("version", "0.1.0");
        driver.put("language", "vi");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("language", "vi");
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", VERSION);
        root.put("runs", List.of(run));
        return Json.write(root);
    }

    private static Map<String, Object> rule(String id, String group, Severity severity, String title, String note,
                                            String suggestion) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("name", id);
        r.put("shortDescription", text(group + " — " + title));
        r.put("fullDescription", text(note == null || note.isBlank() ? title : note));
        if (suggestion != null && !suggestion.isBlank()) {
            r.put("help", text(suggestion));
        }
        r.put("defaultConfiguration", Map.of("level", severity.sarifLevel()));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("group", group);
        props.put("groupName", Groups.name(group));
        r.put("properties", props);
        return r;
    }

    private static Map<String, Object> result(Finding f, int index) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", f.rule());
        r.put("ruleIndex", index);
        r.put("level", f.severity().sarifLevel());
        String message = f.message() + (f.suggestion().isBlank() ? "" : " Gợi ý: " + f.suggestion());
        r.put("message", text(f.text().isBlank() ? message : "«" + f.text() + "»: " + message));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", f.sourceFile() != null ? f.sourceFile() : f.file()));
        if (f.sourceFile() != null && f.sourceLine() != null) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", f.sourceLine());
            region.put("snippet", text(f.text()));
            physical.put("region", region);
        }
        r.put("locations", List.of(Map.of("physicalLocation", physical)));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("group", f.group());
        props.put("page", f.file());
        props.put("context", f.context());
        r.put("properties", props);
        return r;
    }

    private static Map<String, Object> text(String s) {
        return Map.of("text", s == null ? "" : s);
    }
}
