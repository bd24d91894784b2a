package vn.loa.infographic;

import static vn.loa.infographic.SceneBuilder.MARGIN;
import static vn.loa.infographic.SceneBuilder.TEXT;
import static vn.loa.infographic.SceneBuilder.WIDTH;

/**
 * Lays a chart out as a {@link Scene}: one column, top to bottom, so it reads at 320 px. Every value is
 * written next to its mark; colour only repeats what the labels say.
 */
public final class ChartLayout {
    private static final double BAR_HEIGHT = 28;
    private static final double STACK_HEIGHT = 44;
    private static final double SWATCH = 28;

    private ChartLayout() {
    }

    public static Scene layout(Chart chart) {
        return switch (chart.kind()) {
            case BAR -> bars(chart);
            case STACKED -> stacked(chart);
            case PICTOGRAM -> FigureLayouts.pictogram(chart);
            case NUMBER -> FigureLayouts.numbers(chart);
            case TIMELINE -> FigureLayouts.timeline(chart);
        };
    }

    private static Scene bars(Chart chart) {
        SceneBuilder b = new SceneBuilder(4);
        double valueRoom = 10;
        for (Chart.Entry e : chart.entries()) {
            valueRoom = Math.max(valueRoom, TextMetrics.width(e.display(), TEXT, true) + 12);
        }
        double track = WIDTH - 2 * MARGIN - valueRoom;
        double scale = chart.scaleMax();
        for (Chart.Entry e : chart.entries()) {
            b.text(e.label(), MARGIN, WIDTH - 2 * MARGIN, TEXT, false, Palette.TEXT);
            b.down(4);
            double top = b.y();
            double length = Math.max(2, track * Math.min(e.value(), scale) / scale);
            b.add(new Scene.Box(MARGIN, top, track, BAR_HEIGHT, 3, Palette.TRACK, null, 0));
            b.add(new Scene.Box(MARGIN, top, length, BAR_HEIGHT, 3, Palette.series(0), null, 0));
            b.add(new Scene.Label(MARGIN + length + 8, top + BAR_HEIGHT / 2 + TEXT * 0.36, e.display(), TEXT, true,
                Palette.TEXT, Scene.Anchor.START));
            b.down(BAR_HEIGHT + 16);
        }
        return b.build(0);
    }

    private static Scene stacked(Chart chart) {
        SceneBuilder b = new SceneBuilder(4);
        double full = WIDTH - 2 * MARGIN;
        double total = chart.entries().stream().mapToDouble(Chart.Entry::value).sum();
        double x = MARGIN;
        double labelsBaseline = b.y() + TEXT;
        double barTop = labelsBaseline + 8;
        for (int i = 0; i < chart.entries().size(); i++) {
            Chart.Entry e = chart.entries().get(i);
            double w = full * e.value() / total;
            Hatching.fill(b, x, barTop, w, STACK_HEIGHT, i);
            // Direct labels above the bar where the segment is wide enough; the legend repeats them all.
            if (TextMetrics.width(e.display(), TEXT, true) + 6 < w) {
                b.add(new Scene.Label(x + w / 2, labelsBaseline, e.display(), TEXT, true, Palette.TEXT, Scene.Anchor.MIDDLE));
            }
            if (i > 0) {
                b.add(new Scene.Line(x, barTop, x, barTop + STACK_HEIGHT, Palette.BACKGROUND, 3));
            }
            x += w;
        }
        b.down(barTop - b.y() + STACK_HEIGHT + 16);
        for (int i = 0; i < chart.entries().size(); i++) {
            Chart.Entry e = chart.entries().get(i);
            double top = b.y();
            Hatching.fill(b, MARGIN, top, SWATCH, SWATCH, i);
            b.text(e.display() + " – " + e.label(), MARGIN + SWATCH + 10, full - SWATCH - 10, TEXT, false, Palette.TEXT);
            b.down(Math.max(0, top + SWATCH - b.y()) + 12);
        }
        return b.build(0);
    }
}
