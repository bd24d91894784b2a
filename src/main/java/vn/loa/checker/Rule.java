package vn.loa.checker;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One rule as written in {@code checker/rules/*.yml}. Rules with phrases are matched by the phrase
 * matcher; rules without phrases name the findings of a built-in detector (G6–G9), so their wording
 * and severity still live in the data.
 */
record Rule(
        String id,
        String group,
        Severity severity,
        String title,
        List<String> phrases,
        List<String> alternatives,
        String suggestion,
        String note,
        Set<Scope> scopes,
        String onlyTopic,
        boolean refutable,
        boolean individualOnly,
        boolean lowercaseOnly,
        List<String> unlessNear,
        List<String> onlyNear,
        List<String> notBefore,
        List<String> notAfter,
        List<String> exceptions,
        Examples examples,
        String file) {

    /**
     * Texts written beside the rule in its YAML file: each {@code flag} text must produce a finding of
     * this rule and each {@code pass} text must not ({@code RuleExamplesTest} runs them), so a rule's
     * reach is documented by cases an officer can read and a change that breaks one is caught.
     */
    record Examples(List<String> flag, List<String> pass) {
        static final Examples NONE = new Examples(List.of(), List.of());
    }

    static final String TOPIC_VIOLENCE = "violence";

    boolean appliesTo(Scope scope) {
        return scopes.contains(scope);
    }

    boolean needsViolenceTopic() {
        return TOPIC_VIOLENCE.equals(onlyTopic);
    }

    /** The suggestion shown to the editor: the written one, else the list of alternatives. */
    String suggestionText() {
        if (suggestion != null && !suggestion.isBlank()) {
            return suggestion.trim();
        }
        if (!alternatives.isEmpty()) {
            return "Có thể thay bằng: " + String.join("; ", alternatives) + ".";
        }
        return "";
    }

    String message() {
        return note == null ? "" : note.trim();
    }

    static Set<Scope> allScopes() {
        return EnumSet.allOf(Scope.class);
    }
}
