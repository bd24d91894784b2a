package vn.loa.infographic;

import java.util.List;

import static vn.loa.infographic.SceneBuilder.LINE;
import static vn.loa.infographic.SceneBuilder.MARGIN;
import static vn.loa.infographic.SceneBuilder.TEXT;
import static vn.loa.infographic.SceneBuilder.WIDTH;

/** Pictograms ("2 trong 3"), big-number cards and timelines. */
final class FigureLayouts {
    private static final double HEADLINE = 28;
    private static final double BIG = 44;
    private static final int ICONS_PER_ROW = 10;
    private static final double MAX_ICON = 90;

    private FigureLayouts() {
    }

    /** "Khoảng 2 trong 3" when the share is rounded to whole icons, "1 trong 4" when it is exact. */
    static String pictogramHeadline(Chart chart, Chart.Entry e) {
        int filled = chart.filledIcons(e);
        boolean exact = Math.abs(e.value() * chart.outOf() / 100.0 - filled) < 1e-9;
        return (exact ? "" : "Khoảng ") + filled + " trong " + chart.outOf();
    }

    static Scene pictogram(Chart chart) {
        SceneBuilder b = new SceneBuilder(0);
        double full = WIDTH - 2 * MARGIN;
        for (Chart.Entry e : chart.entries()) {
            b.text(pictogramHeadline(chart, e), MARGIN, full, HEADLINE, true, Palette.series(0));
            b.text(e.label() + " (" + e.display() + ")", MARGIN, full, TEXT, false, Palette.TEXT);
            b.down(8);
            int n = chart.outOf();
            int perRow = Math.min(n, ICONS_PER_ROW);
            double cell = Math.min(MAX_ICON, full / perRow);
            int filled = chart.filledIcons(e);
            for (int i = 0; i < n; i++) {
                double left = MARGIN + (i % perRow) * cell;
                double top = b.y() + (i / perRow) * cell * 1.15;
                person(b, left, top, cell, i < filled);
            }
            b.down(((n + perRow - 1) / perRow) * cell * 1.15 + 16);
        }
        return b.build(0);
    }

    /** A person: solid when counted, outlined when not, so the count does not rest on colour. */
    private static void person(SceneBuilder b, double left, double top, double cell, boolean filled) {
        double cx = left + cell / 2;
        String fill = filled ? Palette.series(0) : Palette.BACKGROUND;
        String stroke = filled ? null : Palette.OUTLINE;
        double strokeWidth = filled ? 0 : 2;
        b.add(new Scene.Dot(cx, top + cell * 0.2, cell * 0.15, fill, stroke, strokeWidth));
        b.add(new Scene.Box(cx - cell * 0.24, top + cell * 0.4, cell * 0.48, cell * 0.62, cell * 0.14, fill, stroke, strokeWidth));
    }

    static Scene numbers(Chart chart) {
        SceneBuilder b = new SceneBuilder(0);
        double pad = 14;
        double inner = WIDTH - 2 * MARGIN - 2 * pad;
        for (Chart.Entry e : chart.entries()) {
            List<String> value = TextMetrics.wrap(e.display(), BIG, true, inner);
            List<String> label = TextMetrics.wrap(e.label(), TEXT + 1, false, inner);
            double height = 2 * pad + value.size() * BIG * 1.15 + label.size() * (TEXT + 1) * LINE + 4;
            double top = b.y();
            b.add(new Scene.Box(MARGIN, top, WIDTH - 2 * MARGIN, height, 8, Palette.CARD, Palette.series(0), 2));
            b.down(pad);
            for (String line : value) {
                b.down(BIG);
                b.add(new Scene.Label(MARGIN + pad, b.y(), line, BIG, true, Palette.series(0), Scene.Anchor.START));
                b.down(BIG * 0.15);
            }
            b.down(4);
            b.text(e.label(), MARGIN + pad, inner, TEXT + 1, false, Palette.TEXT);
            b.down(top + height - b.y() + 14);
        }
        return b.build(0);
    }

    static Scene timeline(Chart chart) {
        SceneBuilder b = new SceneBuilder(2);
        double spine = MARGIN + 10;
        double textX = spine + 22;
        double room = WIDTH - textX - MARGIN;
        double firstDot = 0;
        double lastDot = 0;
        for (int i = 0; i < chart.entries().size(); i++) {
            Chart.Entry e = chart.entries().get(i);
            double top = b.y();
            double dotY = top + 12;
            b.add(new Scene.Dot(spine, dotY, 8, Palette.series(0), Palette.BACKGROUND, 3));
            if (i == 0) {
                firstDot = dotY;
            }
            lastDot = dotY;
            b.text(e.label(), textX, room, TEXT + 2, true, Palette.series(0));
            b.text(e.display(), textX, room, TEXT, false, Palette.TEXT);
            b.down(16);
        }
        b.underlay(new Scene.Line(spine, firstDot, spine, lastDot, Palette.OUTLINE, 3));
        return b.build(0);
    }
}
