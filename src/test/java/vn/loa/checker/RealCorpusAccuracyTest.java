package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checker on the corpus recreated from real published Vietnamese pages, split by source outlet into a
 * tuning part and a test part that rules are never tuned on (see src/test/resources/checker/real/README.md).
 * The floors asserted on the test part are the figures its first run after tuning reached (docs/checker.md),
 * so the test guards them; the targets are stated beside them.
 */
class RealCorpusAccuracyTest {
    private static final Checker CHECKER = Checker.load(null, CheckerConfig.defaults());

    @Test
    void corpusIsGroundedInRealPagesAndSplitByOutlet() throws IOException {
        List<RealPassages.Passage> tune = RealPassages.load("tune");
        List<RealPassages.Passage> test = RealPassages.load("test");
        List<RealPassages.Passage> all = new ArrayList<>(tune);
        all.addAll(test);
        assertTrue(all.size() >= 400, "at least 400 passages: " + all.size());
        Set<String> outlets = all.stream().map(RealPassages.Passage::outlet).collect(Collectors.toSet());
        assertTrue(outlets.size() >= 20, "at least 20 outlets: " + outlets.size());
        Set<String> tuneOutlets = tune.stream().map(RealPassages.Passage::outlet).collect(Collectors.toSet());
        Set<String> shared = new HashSet<>(tuneOutlets);
        shared.retainAll(test.stream().map(RealPassages.Passage::outlet).collect(Collectors.toSet()));
        assertEquals(Set.of(), shared, "an outlet is in one part only");
        assertTrue(all.stream().allMatch(p -> p.url().startsWith("http")), "every passage names the page it was modelled on");
        assertTrue(all.stream().filter(RealPassages.Passage::violence).count() >= 120, "at least 120 violence passages");
        long clean = all.stream().filter(RealPassages.Passage::clean).count();
        assertTrue(clean >= all.size() * 0.4 && clean <= all.size() * 0.6, "about half clean: " + clean + " of " + all.size());
        assertTrue(all.stream().filter(p -> p.female() != null).count() >= 40, "G8 counts where named people speak");
    }

    @Test
    void tuningPartFigures() throws IOException {
        RealPassages.Score s = RealPassages.score(RealPassages.load("tune"), CHECKER);
        System.out.println("Real corpus, tuning part:" + s.table());
        s.misses().forEach(System.out::println);
    }

    /**
     * Floors: the test part's figures at the last measured run (docs/checker.md gives every run, the first one
     * included). The targets are higher (precision 0.90, recall 0.85, G5/G6/G7 recall 0.75, 95% of clean
     * passages without a finding, G8 share error 0.05) and are not reached yet; a change that lowers any figure
     * below its floor fails here. The test part's misses are deliberately not printed: nobody tunes on them.
     */
    @Test
    void testPartHoldsItsFloors() throws IOException {
        RealPassages.Score s = RealPassages.score(RealPassages.load("test"), CHECKER);
        System.out.println("Real corpus, test part:" + s.table());
        assertTrue(s.passages() >= 150, "test part present: " + s.passages());
        assertAtLeast(0.82, s.precision(), "precision");
        assertAtLeast(0.57, s.recall(), "recall");
        assertAtLeast(0.46, s.recall("G5"), "G5 recall");
        assertAtLeast(0.64, s.recall("G6"), "G6 recall");
        assertAtLeast(0.70, s.recall("G7"), "G7 recall");
        assertAtLeast(0.87, s.cleanShare(), "clean passages without a finding");
        assertTrue(s.g8MeanAbsoluteError() <= 0.08, "G8 women's share error " + s.g8MeanAbsoluteError());
    }

    private static void assertAtLeast(double floor, double actual, String what) {
        assertTrue(actual >= floor, () -> String.format("%s %.3f fell below its floor %.2f", what, actual, floor));
    }
}
