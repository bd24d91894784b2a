package vn.loa.checker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Prints precision and recall per group on the tuning part of the corpus recreated from real
 * published news (schema: /work/wt/CORPUS_BRIEF.md; each passage is a whole page: optional headline
 * plus text, no filler). Reads only the tuning folder, given by {@code -Dchecker.real.tune=DIR}
 * (default {@code src/test/resources/checker/real/tune}); never the test part. Skipped when absent.
 */
class RealTuneReport {
    private static final Path DEFAULT = Path.of("src/test/resources/checker/real/tune");

    @Test
    void printsFiguresOnTheTuningPart() throws IOException {
        Path dir = Path.of(System.getProperty("checker.real.tune", DEFAULT.toString()));
        Assumptions.assumeTrue(Files.isDirectory(dir) && dir.getFileName().toString().equals("tune"),
                "no tuning folder at " + dir);
        List<LabelledPassages.Passage> passages = load(dir);
        Checker checker = Checker.load(Path.of("checker/rules"), CheckerConfig.defaults());
        LabelledPassages.score(passages, checker, RealTuneReport::page).print();
    }

    /** The passage as a whole page: its headline (if any) as title and h1, its text in its scope. */
    static String page(LabelledPassages.Passage p) {
        String headline = p.scope().equals("headline") ? p.text() : p.file();
        String text = p.text();
        String body = switch (p.scope()) {
            case "headline" -> "";
            case "lead" -> "<p class=\"lead\">" + text + "</p>";
            case "caption" -> "<figure><img src=\"/a.jpg\" alt=\"Ảnh\"><figcaption>" + text + "</figcaption></figure>";
            case "alt" -> "<figure><img src=\"/a.jpg\" alt=\"" + text.replace("\"", "&quot;") + "\"></figure>";
            default -> "<p>" + text + "</p>";
        };
        String h = headline == null ? "" : headline;
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + h.replace("<", "&lt;")
                + "</title></head><body><main><article>" + (h.isEmpty() ? "" : "<h1>" + h + "</h1>") + body
                + "</article></main></body></html>";
    }

    /** Passages of every *.yml under {@code dir}; the headline travels in {@code file}, as this report needs no file name. */
    @SuppressWarnings("unchecked")
    static List<LabelledPassages.Passage> load(Path dir) throws IOException {
        List<LabelledPassages.Passage> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        for (Path f : files) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(f, StandardCharsets.UTF_8));
            if (!(root instanceof List<?> list)) {
                continue;
            }
            for (Object o : list) {
                Map<String, Object> m = (Map<String, Object>) o;
                Set<String> groups = new TreeSet<>();
                if (m.get("expect") instanceof List<?> l) {
                    l.forEach(g -> groups.add(String.valueOf(g)));
                }
                Object headline = m.get("headline");
                out.add(new LabelledPassages.Passage(headline == null ? "" : String.valueOf(headline), String.valueOf(m.get("id")),
                        String.valueOf(m.getOrDefault("scope", "body")),
                        Boolean.TRUE.equals(m.get("violence")) ? "violence" : "general", false,
                        m.get("text") == null ? "" : String.valueOf(m.get("text")), groups));
            }
        }
        return out;
    }
}
