package vn.loa.checker;

/**
 * A detector's result before suppression and source mapping: the rule, and either a token range in
 * a block or, for page-level findings (G7, G8, G9), a ready text and context. {@code suggestion} is
 * a suggestion made for this page (G7 lists the numbers that fit it), or null for the rule's own.
 */
record RawFinding(Rule rule, Severity severity, TextBlock block, int start, int end, String text, String context,
                  String message, String suggestion) {

    RawFinding(Rule rule, Severity severity, TextBlock block, int start, int end, String text, String context,
               String message) {
        this(rule, severity, block, start, end, text, context, message, null);
    }

    static RawFinding inBlock(Rule rule, TextBlock block, int start, int end) {
        return new RawFinding(rule, rule.severity(), block, start, end, block.span(start, end),
                block.sentenceText(start), rule.message());
    }

    RawFinding withSeverity(Severity newSeverity) {
        return new RawFinding(rule, newSeverity, block, start, end, text, context, message, suggestion);
    }

    RawFinding withSuggestion(String pageSuggestion) {
        return new RawFinding(rule, severity, block, start, end, text, context, message, pageSuggestion);
    }

    static RawFinding onPage(Rule rule, Severity severity, String text, String context, String message) {
        return new RawFinding(rule, severity, null, -1, -1, text, context, message);
    }

    /** The suggestion to show: this page's own, else the rule's. */
    String suggestionText() {
        return suggestion != null ? suggestion : rule.suggestionText();
    }
}
