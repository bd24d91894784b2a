package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Labelled passages (schema in src/test/resources/checker/corpus/README.md) and their scoring: each
 * passage is wrapped into a small page whose headline makes its topic true, and the groups reported
 * at warning or error level are compared with the expected ones.
 */
final class LabelledPassages {
    private static final String VIOLENCE_HEADLINE = "Bạo lực gia đình: thông tin từ xã An Phú";
    private static final String GENERAL_HEADLINE = "Xã An Phú tổ chức ngày hội văn hóa thể thao";
    private static final String VIOLENCE_FILLER = "<p>Bài viết thuộc chuyên mục phòng, chống bạo lực gia đình và bạo lực "
            + "trên cơ sở giới.</p>";
    private static final String GENERAL_FILLER = "<p class=\"lead\">Ủy ban nhân dân xã thông tin thêm về các hoạt động "
            + "trong tuần tới đây.</p>";

    record Passage(String file, String id, String scope, String topic, boolean support, String text, Set<String> expect) {
    }

    /** Overall figures plus a per-group table and the list of misses, for the test log. */
    record Score(double precision, double recall, int passages, String table, List<String> misses) {
        void print() {
            System.out.println(table);
            misses.forEach(System.out::println);
        }
    }

    private LabelledPassages() {
    }

    static Score score(List<Passage> passages, Checker checker) {
        Map<String, int[]> counts = new TreeMap<>((a, b) -> Integer.compare(Groups.order(a), Groups.order(b)));
        Groups.CODES.forEach(g -> counts.put(g, new int[3])); // tp, fp, fn
        List<String> misses = new ArrayList<>();
        for (Passage p : passages) {
            PageResult r = checker.checkPage(p.id() + ".html", page(p), null);
            Set<String> found = r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                    .map(Finding::group).filter(Groups.CODES::contains).collect(Collectors.toCollection(TreeSet::new));
            for (String g : Groups.CODES) {
                boolean expected = p.expect().contains(g);
                boolean reported = found.contains(g);
                if (expected && reported) {
                    counts.get(g)[0]++;
                } else if (reported) {
                    counts.get(g)[1]++;
                    misses.add("FP " + g + " " + p.id() + ": " + describe(r, g));
                } else if (expected) {
                    counts.get(g)[2]++;
                    misses.add("FN " + g + " " + p.id() + ": " + p.text());
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder table = new StringBuilder(String.format("%n%-5s %5s %5s %5s %9s %7s%n", "nhóm", "TP", "FP", "FN",
                "precision", "recall"));
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            table.append(String.format("%-5s %5d %5d %5d %9s %7s%n", e.getKey(), c[0], c[1], c[2], ratio(c[0], c[0] + c[1]),
                    ratio(c[0], c[0] + c[2])));
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        table.append(String.format("%-5s %5d %5d %5d %9.3f %7.3f   (%d passages)%n", "all", tp, fp, fn, precision, recall,
                passages.size()));
        return new Score(precision, recall, passages.size(), table.toString(), misses);
    }

    private static String describe(PageResult r, String group) {
        return r.findings().stream().filter(f -> f.group().equals(group))
                .map(f -> f.rule() + " «" + f.text() + "» in: " + f.context()).collect(Collectors.joining(" | "));
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format("%.3f", a / (double) b);
    }

    /** The passage inside a page whose headline (or filler paragraph) makes the topic true. */
    static String page(Passage p) {
        boolean violence = p.topic().equals("violence");
        String headline = violence ? VIOLENCE_HEADLINE : GENERAL_HEADLINE;
        String text = p.text();
        StringBuilder body = new StringBuilder();
        switch (p.scope()) {
            case "headline" -> headline = text;
            case "lead" -> body.append("<p class=\"lead\">").append(text).append("</p>");
            case "caption" -> body.append(GENERAL_FILLER).append("<figure><img src=\"/images/anh-1.jpg\" ")
                    .append("alt=\"Quang cảnh buổi sinh hoạt tại nhà văn hóa thôn\"><figcaption>").append(text)
                    .append("</figcaption></figure>");
            case "alt" -> body.append(GENERAL_FILLER).append("<figure><img src=\"/images/anh-1.jpg\"")
                    .append(text == null ? "" : text.isEmpty() ? " alt=\"\" role=\"presentation\"" : " alt=\"" + attr(text) + "\"")
                    .append("></figure>");
            default -> body.append(GENERAL_FILLER).append("<p>").append(text).append("</p>");
        }
        if (violence) {
            body.append(VIOLENCE_FILLER);
            if (p.support()) {
                body.append("<aside class=\"support-box\">Cần hỗ trợ? Gọi Tổng đài quốc gia bảo vệ trẻ em 111 "
                        + "hoặc đường dây 1900 969 680.</aside>");
            }
        }
        String title = headline == null ? "" : headline.replaceAll("<[^>]+>", "");
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + attr(title) + "</title></head>"
                + "<body><main><article><h1>" + (headline == null ? "" : headline) + "</h1>" + body
                + "</article></main></body></html>";
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** Every passage of every *.yml file in {@code dir}, ids unique. */
    @SuppressWarnings("unchecked")
    static List<Passage> load(Path dir) throws IOException {
        List<Passage> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(f, StandardCharsets.UTF_8));
            if (!(root instanceof List<?> list)) {
                continue;
            }
            for (Object o : list) {
                Map<String, Object> m = (Map<String, Object>) o;
                String id = String.valueOf(m.get("id"));
                assertTrue(ids.add(id), "duplicate passage id " + id);
                Object expect = m.get("expect");
                Set<String> groups = new TreeSet<>();
                if (expect instanceof List<?> l) {
                    l.forEach(g -> groups.add(String.valueOf(g)));
                }
                Object support = m.get("support");
                out.add(new Passage(f.getFileName().toString(), id, String.valueOf(m.getOrDefault("scope", "body")),
                        String.valueOf(m.getOrDefault("topic", "general")), !Boolean.FALSE.equals(support),
                        m.get("text") == null ? null : String.valueOf(m.get("text")), groups));
            }
        }
        return out;
    }
}
