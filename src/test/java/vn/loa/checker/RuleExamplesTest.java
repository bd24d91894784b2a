package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the {@code examples:} written beside each rule in {@code checker/rules/*.yml}: every {@code flag}
 * text must produce a finding of that rule, every {@code pass} text must not. An example is a whole page
 * on its own (no headline or topic is added), so a rule limited to violence pages needs an example whose
 * own words make the page about violence; a headline-only rule's example is the page's headline.
 */
class RuleExamplesTest {
    private static final RuleSet RULES = RuleLoader.load(null);

    @TestFactory
    Stream<DynamicTest> everyRuleExampleHolds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RULES.rules()) {
            for (String text : rule.examples().flag()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " báo: " + text,
                        () -> assertTrue(reported(rule, text), () -> rule.id() + " không báo câu mẫu: " + text)));
            }
            for (String text : rule.examples().pass()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + " không báo: " + text,
                        () -> assertTrue(!reported(rule, text), () -> rule.id() + " báo nhầm câu mẫu: " + text)));
            }
        }
        return tests.stream();
    }

    /**
     * Reported at the rule's own severity or above: a warning rule that drops to {@code info} on a page
     * (G7 on policy news) has let that page pass.
     */
    static boolean reported(Rule rule, String text) {
        return Pages.check(examplePage(rule, text)).findings().stream()
                .anyMatch(f -> f.rule().equals(rule.id()) && f.severity().atLeast(rule.severity()));
    }

    @org.junit.jupiter.api.Test
    void everyRuleCarriesExamplesOfBothKinds() {
        List<String> without = RULES.rules().stream().filter(r -> r.examples().flag().isEmpty() || r.examples().pass().isEmpty()).map(Rule::id).toList();
        assertTrue(without.isEmpty(), "rules without flag and pass examples: " + without);
    }

    /** The example as a page: a headline for headline-only rules, an alt text for alt-only ones, else a paragraph. */
    static String examplePage(Rule rule, String text) {
        boolean headlineOnly = rule.scopes().size() == 1 && rule.appliesTo(Scope.HEADLINE);
        boolean altOnly = rule.scopes().size() == 1 && rule.appliesTo(Scope.ALT);
        String body = headlineOnly ? "" : altOnly
                ? "<figure><img src=\"/images/a.jpg\" alt=\"" + text.replace("\"", "&quot;") + "\"></figure>"
                : "<p>" + text + "</p>";
        String headline = headlineOnly ? text : "";
        return "<!doctype html><html lang=\"vi\"><head><title>" + headline.replaceAll("<[^>]+>", "")
                + "</title></head><body><main><article>" + (headline.isEmpty() ? "" : "<h1>" + headline + "</h1>")
                + body + "</article></main></body></html>";
    }
}
