package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker on passages recreated from real published news (schema: violence, headline, text,
 * expect, sources). Unlike the written corpus, a passage is a whole page on its own: its headline (if
 * any) and its text, no filler, so the topic must come from its own words. Scores the tuning part
 * ({@code real/tune}, or the folder in {@code LOA_REAL_DIR}); skipped when the folder is absent.
 * Prints per-group figures, the topic decisions against the labelled topic and the G8 share error.
 */
class RealNewsAccuracyTest {
    private static final Path DEFAULT = Path.of("src/test/resources/checker/real/tune");

    @Test
    void realNewsFigures() throws IOException {
        String env = System.getenv("LOA_REAL_DIR");
        Path dir = env == null || env.isBlank() ? DEFAULT : Path.of(env);
        assumeTrue(Files.isDirectory(dir), "no real-news folder " + dir);
        List<LabelledPassages.Passage> passages = LabelledPassages.load(dir);
        assumeTrue(!passages.isEmpty(), "no passages in " + dir);
        Checker checker = Checker.load(Path.of("checker/rules"), CheckerConfig.defaults());
        LabelledPassages.Score score = LabelledPassages.score(passages, checker, RealNewsAccuracyTest::page);
        score.print();
        int[] topic = new int[4]; // tp, fp, fn, tn
        List<String> topicMisses = new ArrayList<>();
        double errorSum = 0;
        int withSources = 0;
        int clean = 0;
        int cleanFlagged = 0;
        for (LabelledPassages.Passage p : passages) {
            PageResult r = checker.checkPage(p.id() + ".html", page(p), null);
            if (p.violence() != null) {
                boolean said = r.violenceTopic();
                topic[p.violence() ? (said ? 0 : 2) : (said ? 1 : 3)]++;
                if (said != p.violence()) {
                    topicMisses.add("TOPIC " + (said ? "FP " : "FN ") + p.id() + " score " + r.topic().score() + " "
                            + r.topic().terms().stream().map(t -> t.kind() + ":" + t.text() + "=" + t.weight()).toList()
                            + " :: " + (p.headline() == null ? "" : p.headline() + " | ") + p.text());
                }
            }
            if (p.sources() != null && p.sources()[0] + p.sources()[1] > 0) {
                withSources++;
                double expected = p.sources()[0] / (double) (p.sources()[0] + p.sources()[1]);
                Double got = r.metrics().share();
                double error = Math.abs((got == null ? 0.5 : got) - expected);
                errorSum += error;
                if (error > 0.001) {
                    topicMisses.add("G8 " + p.id() + " expected " + p.sources()[0] + "/" + p.sources()[1] + " got "
                            + r.metrics().female() + "/" + r.metrics().male() + " :: " + p.text());
                }
            }
            if (p.expect().isEmpty()) {
                clean++;
                if (r.has(Severity.WARNING)) {
                    cleanFlagged++;
                }
            }
        }
        topicMisses.forEach(System.out::println);
        System.out.printf("topic: TP %d FP %d FN %d TN %d; G8 share MAE %.3f over %d passages; clean passages flagged %d of %d%n",
                topic[0], topic[1], topic[2], topic[3], withSources == 0 ? 0 : errorSum / withSources, withSources,
                cleanFlagged, clean);
        assertTrue(score.passages() > 0);
    }

    /** The passage as a whole page: its headline, then its text where its scope puts it; nothing else. */
    static String page(LabelledPassages.Passage p) {
        String headline = p.scope().equals("headline") ? p.text() : p.headline();
        String text = p.text() == null ? "" : p.text();
        String body = switch (p.scope()) {
            case "headline" -> "";
            case "lead" -> "<p class=\"lead\">" + text + "</p>";
            case "caption" -> "<figure><img src=\"/images/anh-1.jpg\" alt=\"Quang cảnh buổi làm việc\"><figcaption>"
                    + text + "</figcaption></figure>";
            case "alt" -> "<figure><img src=\"/images/anh-1.jpg\" alt=\"" + text.replace("\"", "&quot;") + "\"></figure>";
            default -> "<p>" + text + "</p>";
        };
        String title = headline == null ? "" : headline.replaceAll("<[^>]+>", "");
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title.replace("<", "&lt;")
                + "</title></head><body><main><article>" + (headline == null ? "" : "<h1>" + headline + "</h1>") + body
                + "</article></main></body></html>";
    }
}
