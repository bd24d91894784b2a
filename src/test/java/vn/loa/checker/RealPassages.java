package vn.loa.checker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The corpus recreated from real published pages ({@code src/test/resources/checker/real/}, schema in its
 * README): each passage is a whole page on its own (its headline, if any, and its text, nothing added), so
 * the checker decides the topic from the words alone, as it must on a real page. Scored over groups
 * reported at warning or error level; G8 is also scored as the women's share of sources.
 */
final class RealPassages {
    static final Path ROOT = Path.of("src/test/resources/checker/real");

    record Passage(String id, String outlet, String url, boolean violence, String headline, String scope, String text,
                   Set<String> expect, Integer female, Integer male) {
        boolean clean() {
            return expect.isEmpty();
        }

        /** Body or lead text: the passage stands for the page's text, so G7 (support information) is scored. */
        boolean wholeText() {
            return scope.equals("body") || scope.equals("lead");
        }
    }

    /** Everything a run measured, for the assertion and for docs/checker.md. */
    record Score(int passages, int outlets, GroupTally groups, int clean, int cleanWithFinding,
                 double g8MeanAbsoluteError, int g8Passages, int topicRight, List<String> misses) {
        double precision() {
            return groups.precision();
        }

        double recall() {
            return groups.recall();
        }

        double recall(String group) {
            return groups.recall(group);
        }

        double cleanShare() {
            return clean == 0 ? 1.0 : (clean - cleanWithFinding) / (double) clean;
        }

        String table() {
            StringBuilder t = new StringBuilder(groups.table());
            t.append(String.format("%d passages from %d outlets; clean passages without a finding: %d of %d (%.3f); "
                    + "topic decided right: %d of %d; G8 women's share MAE %.3f over %d passages%n", passages, outlets,
                    clean - cleanWithFinding, clean, cleanShare(), topicRight, passages, g8MeanAbsoluteError, g8Passages));
            return t.toString();
        }
    }

    private RealPassages() {
    }

    /** Every passage under {@code ROOT/part} ("tune" or "test"). */
    static List<Passage> load(String part) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (PassageFiles.Entry e : PassageFiles.read(ROOT.resolve(part))) {
            Map<String, Object> m = e.fields();
            Integer female = null;
            Integer male = null;
            if (m.get("sources") instanceof Map<?, ?> s) {
                female = ((Number) s.get("female")).intValue();
                male = ((Number) s.get("male")).intValue();
            }
            out.add(new Passage(e.id(), e.text("outlet"), e.text("url"), Boolean.TRUE.equals(m.get("violence")),
                    e.text("headline"), String.valueOf(m.getOrDefault("scope", "body")), e.text("text"), e.expected(),
                    female, male));
        }
        return out;
    }

    static Score score(List<Passage> passages, Checker checker) {
        GroupTally tally = new GroupTally();
        List<String> misses = new ArrayList<>();
        int clean = 0;
        int cleanWithFinding = 0;
        int topicRight = 0;
        double g8Error = 0;
        int g8Passages = 0;
        for (Passage p : passages) {
            PageResult r = checker.checkPage(p.id() + ".html", page(p), null);
            Set<String> found = r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                    .map(Finding::group).filter(Groups.CODES::contains).collect(Collectors.toCollection(TreeSet::new));
            if (!p.wholeText()) {
                found.remove("G7"); // a headline, caption or alt alone says nothing about support information on its page
            }
            if (p.clean()) {
                clean++;
                if (!found.isEmpty()) {
                    cleanWithFinding++;
                }
            }
            if (r.violenceTopic() == p.violence()) {
                topicRight++;
            } else {
                misses.add("TOPIC " + p.id() + " expected " + (p.violence() ? "violence" : "general"));
            }
            for (String g : Groups.CODES) {
                boolean expected = p.expect().contains(g) && (p.wholeText() || !g.equals("G7"));
                String miss = tally.add(g, expected, found.contains(g));
                if (miss != null) {
                    misses.add(miss + " " + g + " " + p.id() + ": " + (miss.equals("FP") ? describe(r, g)
                            : (p.headline() == null ? "" : p.headline() + " | ") + p.text()));
                }
            }
            if (p.female() != null && p.female() + p.male() > 0) {
                g8Passages++;
                double expected = p.female() / (double) (p.female() + p.male());
                Double share = r.metrics().share();
                // A page where the checker counted nobody is scored as an uninformed guess (one half).
                g8Error += Math.abs(expected - (share == null ? 0.5 : share));
            }
        }
        long outlets = passages.stream().map(Passage::outlet).distinct().count();
        return new Score(passages.size(), (int) outlets, tally, clean, cleanWithFinding,
                g8Passages == 0 ? 0 : g8Error / g8Passages, g8Passages, topicRight, misses);
    }

    private static String describe(PageResult r, String group) {
        return r.findings().stream().filter(f -> f.group().equals(group) && f.severity().atLeast(Severity.WARNING))
                .map(f -> f.rule() + " «" + f.text() + "» in: " + f.context()).collect(Collectors.joining(" | "));
    }

    /** The passage as the whole page: its headline (if any) as title and h1, its text in its scope's element. */
    static String page(Passage p) {
        String headline = "headline".equals(p.scope()) ? p.text() : p.headline();
        String text = p.text();
        String body = switch (p.scope()) {
            case "headline" -> "";
            case "lead" -> "<p class=\"lead\">" + text + "</p>";
            case "caption" -> "<figure><img src=\"/images/anh-1.jpg\" alt=\"Quang cảnh buổi làm việc\"><figcaption>" + text
                    + "</figcaption></figure>";
            case "alt" -> "<figure><img src=\"/images/anh-1.jpg\"" + (text == null ? "" : text.isEmpty()
                    ? " alt=\"\" role=\"presentation\"" : " alt=\"" + attr(text) + "\"") + "></figure>";
            default -> paragraphs(text);
        };
        String title = headline == null ? "" : headline.replaceAll("<[^>]+>", "");
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + attr(title) + "</title></head>"
                + "<body><main><article>" + (headline == null ? "" : "<h1>" + headline + "</h1>") + body
                + "</article></main></body></html>";
    }

    /** Blank lines in a passage separate paragraphs, as they would on the page. */
    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.split("\\n\\s*\\n")) {
            out.append("<p>").append(para.strip()).append("</p>");
        }
        return out.toString();
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
