package vn.loa.infographic;

import java.util.List;

/**
 * A checked data chart: what to draw and the same rows for the page's table.
 *
 * @param title   the infographic's title (the chart's accessible name)
 * @param outOf   icons per pictogram (e.g. 3 for "2 trong 3")
 */
public record Chart(ChartKind kind, String title, String labelHeading, String valueHeading, List<Entry> entries, int outOf) {

    /**
     * One row. {@code figure} is null for a timeline, whose second column is text.
     */
    public record Entry(String label, String display, FigureValue figure) {
        public double value() {
            return figure == null ? 0 : figure.asDouble();
        }
    }

    public Chart {
        entries = List.copyOf(entries);
    }

    /** Scale for bars: 100 when every value is a percentage, else the largest value. */
    public double scaleMax() {
        boolean allPercent = entries.stream().allMatch(e -> e.figure() != null && e.figure().percent());
        double max = entries.stream().mapToDouble(Entry::value).max().orElse(1);
        return allPercent ? Math.max(100, max) : Math.max(max, 1e-9);
    }

    /** Icons to fill for a share: 62,9% of 3 icons is 2. */
    public int filledIcons(Entry entry) {
        return (int) Math.round(entry.value() * outOf / 100.0);
    }
}
