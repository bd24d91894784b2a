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
        GroupTally tally = new GroupTally();
        List<String> misses = new ArrayList<>();
        for (Passage p : passages) {
            PageResult r = checker.checkPage(p.id() + ".html", page(p), null);
            Set<String> found = r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
                    .map(Finding::group).filter(Groups.CODES::contains).collect(Collectors.toCollection(TreeSet::new));
            for (String g : Groups.CODES) {
                String miss = tally.add(g, p.expect().contains(g), found.contains(g));
                if (miss != null) {
                    misses.add(miss + " " + g + " " + p.id() + ": " + (miss.equals("FP") ? describe(r, g) : p.text()));
                }
            }
        }
        String table = tally.table() + "(" + passages.size() + " passages)\n";
        return new Score(tally.precision(), tally.recall(), passages.size(), table, misses);
    }

    private static String describe(PageResult r, String group) {
        return r.findings().stream().filter(f -> f.group().equals(group))
                .map(f -> f.rule() + " «" + f.text() + "» in: " + f.context()).collect(Collectors.joining(" | "));
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
    static List<Passage> load(Path dir) throws IOException {
        List<Passage> out = new ArrayList<>();
        for (PassageFiles.Entry e : PassageFiles.read(dir)) {
            Map<String, Object> m = e.fields();
            out.add(new Passage(e.file(), e.id(), String.valueOf(m.getOrDefault("scope", "body")),
                    String.valueOf(m.getOrDefault("topic", "general")), !Boolean.FALSE.equals(m.get("support")),
                    e.text("text"), e.expected()));
        }
        return out;
    }
}
