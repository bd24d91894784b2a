package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each finding is reported at its own source line, also when the same words come back two lines later. */
class SourceLineTest {
    @TempDir
    Path dir;

    private static final String SAME = "Anh Tâm luôn giúp vợ nấu cơm.";
    private static final String OTHER = "Chị Hoa là người đảm đang, giỏi việc nước, đảm việc nhà.";

    private List<Integer> lines(String fileName, List<String> source, String body) throws IOException {
        Path file = dir.resolve(fileName);
        Files.write(file, source);
        PageResult r = Pages.CHECKER.checkPage("bai/index.html", Pages.generalPage(body), file);
        List<Integer> out = new ArrayList<>();
        r.findings().stream().filter(f -> f.group().equals("G1")).forEach(f -> out.add(f.sourceLine()));
        return out;
    }

    /** Filler lines, then the given lines from line {@code first}. */
    private static List<String> source(List<String> header, int first, String... text) {
        List<String> lines = new ArrayList<>(header);
        while (lines.size() < first - 1) {
            lines.add(lines.size() % 2 == 0 ? "" : "Đoạn văn số " + lines.size() + " nói về ngày hội của xã.");
        }
        lines.addAll(List.of(text));
        return lines;
    }

    @Test
    void sameWordsOnLines27And29InMarkdown() throws IOException {
        List<String> md = source(List.of("title=Ngày hội", "type=post", "status=published", "date=2026-11-15", "~~~~~~"), 27,
                SAME, "", "Năm nay " + SAME.toLowerCase().substring(0, 1) + SAME.substring(1));
        List<Integer> found = lines("bai.md", md, "<p>" + SAME + "</p><p>Năm nay a" + SAME.substring(1) + "</p>");
        assertEquals(List.of(27, 29), found);
    }

    @Test
    void neighbouringFindingsInAsciidoc() throws IOException {
        List<String> adoc = source(List.of("= Ngày hội", ":jbake-type: post", ":jbake-status: published", ""), 27,
                SAME, OTHER, SAME, "", "_Chị Hoa_ là người đảm đang,", "giỏi việc nước, đảm việc nhà.");
        String body = "<p>" + SAME + " " + OTHER + " " + SAME + "</p><p><em>Chị Hoa</em> là người đảm đang, giỏi việc nước, đảm việc nhà.</p>";
        List<Integer> found = lines("bai.adoc", adoc, body);
        assertEquals(List.of(27, 28, 29, 32), found); // the phrase (giỏi việc nước...) starts on line 32
    }

    @Test
    void theSentenceDecidesBetweenOccurrences() {
        SourceLocator locator = SourceLocator.of(List.of("Ông Ba giúp vợ nấu cơm mỗi tối.", "", "Anh Tư giúp vợ nấu cơm."));
        assertEquals(3, locator.lineOf("giúp vợ nấu cơm", "Anh Tư giúp vợ nấu cơm."));
        assertEquals(1, locator.lineOf("giúp vợ nấu cơm", "Ông Ba giúp vợ nấu cơm mỗi tối."));
    }
}
