package vn.loa.infographic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartSvgTest {

    private static Document svg(Chart chart) {
        String source = "Nguồn: Tổng cục Thống kê và UNFPA, năm 2019";
        return Jsoup.parse(SvgWriter.write(ChartLayout.layout(chart), "ig-thu", chart.title(), ChartText.describe(chart, source)),
            "", Parser.xmlParser());
    }

    @Test
    void everyChartIsAnImageNamedByItsTitleAndDescribedByItsValues() {
        for (Chart chart : Charts.oneOfEachKind()) {
            Element root = svg(chart).selectFirst("svg");
            assertNotNull(root, chart.kind().key());
            assertEquals("img", root.attr("role"));
            String[] ids = root.attr("aria-labelledby").split(" ");
            assertEquals(2, ids.length);
            Element title = root.selectFirst("title");
            Element desc = root.selectFirst("desc");
            assertEquals(ids[0], title.id());
            assertEquals(ids[1], desc.id());
            assertEquals(chart.title(), title.text());
            for (Chart.Entry e : chart.entries()) {
                assertTrue(desc.text().contains(e.display()), chart.kind() + " desc lacks " + e.display());
                assertTrue(desc.text().contains(e.label()), chart.kind() + " desc lacks " + e.label());
            }
            assertTrue(desc.text().endsWith("Nguồn: Tổng cục Thống kê và UNFPA, năm 2019"));
        }
    }

    @Test
    void chartsAreOneNarrowColumnWithLegibleText() {
        for (Chart chart : Charts.oneOfEachKind()) {
            Element root = svg(chart).selectFirst("svg");
            assertTrue(root.attr("viewBox").startsWith("0 0 360 "), chart.kind().key());
            for (Element text : root.select("text")) {
                // 18 of 360 units is 14.4 px when the chart is 288 px wide (a 320 px screen).
                assertTrue(Double.parseDouble(text.attr("font-size")) >= 18, chart.kind() + ": " + text.outerHtml());
                double x = Double.parseDouble(text.attr("x"));
                double width = TextMetrics.width(text.text(), Double.parseDouble(text.attr("font-size")), "700".equals(text.attr("font-weight")));
                double left = switch (text.attr("text-anchor")) {
                    case "middle" -> x - width / 2;
                    case "end" -> x - width;
                    default -> x;
                };
                assertTrue(left >= 0 && left + width <= 360, chart.kind() + " text leaves the view: " + text.text());
            }
        }
    }

    @Test
    void tableNumbersAreTheNumbersWrittenInTheChart() {
        for (Chart chart : Charts.oneOfEachKind()) {
            if (!chart.kind().numeric()) {
                continue;
            }
            List<String> texts = svg(chart).select("text").eachText();
            String all = String.join(" ", texts);
            for (Chart.Entry e : chart.entries()) {
                assertTrue(all.contains(e.display()), chart.kind() + " shows no " + e.display() + " in " + texts);
            }
        }
    }

    @Test
    void barLengthsFollowTheValues() {
        Chart chart = Charts.of(ChartKind.BAR, 10, "A", "25%", "B", "50%");
        List<Element> bars = svg(chart).select("rect[fill='" + Palette.series(0) + "']");
        assertEquals(2, bars.size());
        double a = Double.parseDouble(bars.get(0).attr("width"));
        double b = Double.parseDouble(bars.get(1).attr("width"));
        assertEquals(2.0, b / a, 0.02);
    }

    @Test
    void stackedPartsDifferInPatternNotOnlyColour() {
        Chart chart = Charts.of(ChartKind.STACKED, 10, "A", "40%", "B", "35%", "C", "25%");
        Document doc = svg(chart);
        // The first part is plain; every later part carries white hatching lines.
        assertFalse(doc.select("line[stroke='#ffffff']").isEmpty());
        // Every value is written beside its swatch in the legend.
        List<String> texts = doc.select("text").eachText();
        assertTrue(texts.contains("40% – A") && texts.contains("35% – B") && texts.contains("25% – C"), texts.toString());
    }

    @Test
    void pictogramCountsWholePeopleAndSaysWhenRounded() {
        Chart chart = Charts.of(ChartKind.PICTOGRAM, 3, "phụ nữ", "62,9%");
        Document doc = svg(chart);
        assertEquals(2, doc.select("circle[fill='" + Palette.series(0) + "']").size());
        assertEquals(1, doc.select("circle[fill='#ffffff']").size());
        assertTrue(doc.select("text").eachText().contains("Khoảng 2 trong 3"));
        Chart exact = Charts.of(ChartKind.PICTOGRAM, 4, "người", "25%");
        assertTrue(svg(exact).select("text").eachText().contains("1 trong 4"));
    }

    @Test
    void svgOutputIsStable() {
        for (Chart chart : Charts.oneOfEachKind()) {
            Scene scene = ChartLayout.layout(chart);
            assertEquals(SvgWriter.write(scene, "a", "t", "d"), SvgWriter.write(ChartLayout.layout(chart), "a", "t", "d"));
        }
    }
}
