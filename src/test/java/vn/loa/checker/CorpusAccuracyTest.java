package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision and recall of the checker on the labelled corpus the rules were tuned on. */
class CorpusAccuracyTest {
    private static final Path CORPUS = Path.of("src/test/resources/checker/corpus");

    @Test
    void precisionAndRecallAreAtLeastNinetyPercent() throws IOException {
        List<LabelledPassages.Passage> passages = LabelledPassages.load(CORPUS);
        assertFalse(passages.isEmpty(), "no corpus passages found");
        LabelledPassages.Score score = LabelledPassages.score(passages, Checker.load(Path.of("checker/rules"),
                CheckerConfig.defaults()));
        score.print();
        assertTrue(score.precision() >= 0.9, "overall precision " + score.precision());
        assertTrue(score.recall() >= 0.9, "overall recall " + score.recall());
    }
}
