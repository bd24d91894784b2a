package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {

    @Test
    void bundledRulesCoverEveryGroup() {
        RuleSet rules = RuleLoader.load(null);
        for (String g : Groups.CODES) {
            assertTrue(rules.rules().stream().anyMatch(r -> r.group().equals(g)), "no rule for " + g);
        }
        assertNotNull(rules.rule(SupportInfoDetector.MISSING));
    }

    @Test
    void aNewPhraseNeedsOnlyYaml(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.yml"), """
                rules:
                  - id: G2-thu
                    group: G2
                    severity: error
                    phrases: [đồ bỏ đi]
                    note: Thử.
                """);
        Checker checker = Checker.load(dir, CheckerConfig.defaults());
        PageResult r = checker.checkPage("a.html", Pages.generalPage("<p>Nó là đồ bỏ đi.</p>"), null);
        assertEquals("G2-thu", r.findings().get(0).rule());
    }

    @Test
    void typosInRuleFilesStopLoadingWithTheFileName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sai.yml"), """
                rules:
                  - id: G1-x
                    group: G1
                    severity: warning
                    phrase: [việc nhà]
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleLoader.load(dir));
        assertTrue(e.getMessage().contains("sai.yml") && e.getMessage().contains("phrase"), e.getMessage());
        Files.writeString(dir.resolve("sai.yml"), "rules:\n  - {id: G1-x, group: G11, severity: warning}\n");
        assertThrows(IllegalArgumentException.class, () -> RuleLoader.load(dir));
    }
}
