package vn.loa.infographic;

import java.util.stream.Collectors;

/** The words for a chart's {@code <desc>}: every value, so a screen-reader user hears what the eye sees. */
public final class ChartText {
    private ChartText() {
    }

    public static String describe(Chart chart, String sourceLine) {
        String body = switch (chart.kind()) {
            case BAR, STACKED -> chart.entries().stream().map(e -> e.label() + ": " + e.display()).collect(Collectors.joining("; "));
            case PICTOGRAM -> chart.entries().stream()
                .map(e -> FigureLayouts.pictogramHeadline(chart, e) + " – " + e.label() + " (" + e.display() + ")")
                .collect(Collectors.joining("; "));
            case NUMBER -> chart.entries().stream().map(e -> e.display() + " – " + e.label()).collect(Collectors.joining("; "));
            case TIMELINE -> chart.entries().stream().map(e -> e.label() + ": " + e.display()).collect(Collectors.joining("; "));
        };
        return capitalise(chart.kind().label()) + ". " + body + ". " + sourceLine;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
