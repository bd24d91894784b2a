package vn.loa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Header faults are reported at the line that holds them, not at the title or the first line. */
class HeaderLinesTest {

    private static List<Integer> faultLines(String text, boolean asciidoc) {
        List<Integer> lines = new ArrayList<>();
        ContentHeader header = HeaderReader.read(List.of(text.split("\n", -1)), asciidoc, (line, message) -> lines.add(line));
        if (lines.isEmpty()) {
            new HeaderValidator(ContentTypes.basic(), List.of(), "Xã An Phú").validate(header, (line, message) -> lines.add(line));
        }
        return lines;
    }

    @Test
    void wrongStatusOnLineSevenOfAKeyValueHeader() {
        String md = "title=Hội nghị\ndate=2026-11-15\ntype=post\ntags=bình đẳng giới\n\nsummary=Tóm tắt\nstatus=publised\n~~~~~~\n\nNội dung.";
        assertEquals(List.of(7), faultLines(md, false));
    }

    @Test
    void asciidocAttributesAfterABlankLineAreReportedWhereTheyAre() {
        String adoc = "= Hội nghị\n:jbake-type: post\n:jbake-date: 2026-11-15\n\n:jbake-tags: giới\n// ghi chú\n:jbake-status: published\n\nNội dung.";
        assertEquals(List.of(5, 7), faultLines(adoc, true));
    }

    @Test
    void wrongAsciidocStatusOnItsLine() {
        String adoc = "= Hội nghị\n:jbake-type: post\n:jbake-date: 2026-11-15\n// ghi chú\n:jbake-tags: giới\n:jbake-summary: x\n:jbake-status: publised\n\nNội dung.";
        assertEquals(List.of(7), faultLines(adoc, true));
    }
}
