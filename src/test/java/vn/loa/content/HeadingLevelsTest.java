package vn.loa.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadingLevelsTest {
    @Test
    void bodyAlreadyStartingAtH2WithoutGapsIsLeftAlone() {
        assertEquals(List.of("h2", "h3", "h4", "h2", "h3"), fitted("<h2>a</h2><h3>b</h3><h4>c</h4><h2>d</h2><h3>e</h3>"));
    }

    @Test
    void aTitleLevelHeadingInTheBodyMovesUnderThePageTitle() {
        assertEquals(List.of("h2", "h3", "h2"), fitted("<h1>a</h1><h2>b</h2><h1>c</h1>"));
    }

    @Test
    void skippedLevelsCloseUpAndNestingIsKept() {
        assertEquals(List.of("h2", "h3", "h4", "h3", "h2"), fitted("<h2>a</h2><h4>b</h4><h6>c</h6><h4>d</h4><h2>e</h2>"));
        assertEquals(List.of("h2", "h2"), fitted("<h3>a</h3><h3>b</h3>"));
    }

    @Test
    void idsAndTextSurviveTheRename() {
        Document doc = Jsoup.parseBodyFragment("<h1 id=\"x\" class=\"y\">Tiêu đề <em>nhấn</em></h1>");
        HeadingLevels.fit(doc.body());
        assertEquals("<h2 id=\"x\" class=\"y\">Tiêu đề <em>nhấn</em></h2>", doc.body().html());
    }

    private static List<String> fitted(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        HeadingLevels.fit(doc.body());
        return doc.body().select("h1, h2, h3, h4, h5, h6").stream().map(Element::tagName).toList();
    }
}
