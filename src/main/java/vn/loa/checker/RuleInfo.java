package vn.loa.checker;

/** What reports say about a rule (SARIF driver rules, HTML legend). */
public record RuleInfo(String id, String group, Severity severity, String title, String note, String suggestion) {

    static RuleInfo of(Rule r) {
        String title = r.title() != null ? r.title() : r.id();
        return new RuleInfo(r.id(), r.group(), r.severity(), title, r.message(), r.suggestionText());
    }
}
