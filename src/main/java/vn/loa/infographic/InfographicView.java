package vn.loa.infographic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What templates read about an infographic ({@code content.infographic} and the list cards). */
final class InfographicView {
    private InfographicView() {
    }

    static Map<String, Object> of(Infographic i, int pngBytes, String basePath) {
        Map<String, Object> view = new LinkedHashMap<>();
        Chart chart = i.chart();
        view.put("kind", chart == null ? InfographicType.IMAGE : InfographicType.DATA);
        view.put("kindLabel", chart == null ? "ảnh" : chart.kind().label());
        if (chart != null) {
            view.put("svg", SvgWriter.write(ChartLayout.layout(chart), "ig-" + i.slug(), i.title(), ChartText.describe(chart, i.sourceLine())));
            view.put("numeric", chart.kind().numeric());
            view.put("labelHeading", chart.labelHeading());
            view.put("valueHeading", chart.valueHeading());
            List<Map<String, String>> rows = new ArrayList<>();
            for (Chart.Entry e : chart.entries()) {
                rows.add(Map.of("label", e.label(), "value", e.display()));
            }
            view.put("rows", rows);
        } else {
            view.put("image", i.imagePath());
            view.put("imageAlt", i.imageAlt());
            view.put("imageWidth", i.picture().getWidth());
            view.put("imageHeight", i.picture().getHeight());
        }
        view.put("source", i.source());
        view.put("sourceYear", i.sourceYear());
        if (i.sourceUrl() != null) {
            view.put("sourceUrl", i.sourceUrl());
        }
        view.put("pngUrl", "/" + i.pngPath());
        view.put("pngFile", i.slug() + ".png");
        view.put("pngSize", kilobytes(pngBytes));
        view.put("printUrl", i.printUrl());
        view.put("leafletUrl", i.leafletUrl());
        return view;
    }

    /** An entry for the index and the home section. */
    static Map<String, Object> card(Infographic i) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("title", i.title());
        card.put("url", i.url());
        card.put("isoDate", i.document().get("isoDate"));
        card.put("dateText", i.document().get("dateText"));
        card.put("kindLabel", i.chart() == null ? "ảnh" : i.chart().kind().label());
        card.put("summary", i.document().getOrDefault("summary", ""));
        card.put("sourceLine", i.sourceLine());
        return card;
    }

    /** "46 KB", rounded up so a budget of 150 KB is never shown as met when it is not. */
    static String kilobytes(int bytes) {
        return ((bytes + 1023) / 1024) + " KB";
    }
}
