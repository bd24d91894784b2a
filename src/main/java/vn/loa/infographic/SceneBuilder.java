package vn.loa.infographic;

import java.util.ArrayList;
import java.util.List;

/** Collects marks top to bottom, keeping the running height: what every chart layout needs. */
final class SceneBuilder {
    static final double WIDTH = 360;
    static final double MARGIN = 12;
    /**
     * Smallest text: on a 320 px screen the page leaves 288 px for the chart, so 18 of 360 units
     * are drawn at 14.4 CSS px.
     */
    static final double TEXT = 18;
    static final double LINE = 1.35;

    private final List<Scene.Mark> marks = new ArrayList<>();
    private double y;

    SceneBuilder(double top) {
        this.y = top;
    }

    double y() {
        return y;
    }

    void down(double amount) {
        y += amount;
    }

    void add(Scene.Mark mark) {
        marks.add(mark);
    }

    /** Puts a mark under everything drawn so far (a timeline's spine under its dots). */
    void underlay(Scene.Mark mark) {
        marks.add(0, mark);
    }

    /** Wrapped text starting at the cursor; moves the cursor below it. */
    void text(String text, double x, double maxWidth, double size, boolean bold, String fill) {
        for (String line : TextMetrics.wrap(text, size, bold, maxWidth)) {
            y += size;
            marks.add(new Scene.Label(x, y, line, size, bold, fill, Scene.Anchor.START));
            y += size * (LINE - 1);
        }
    }

    /** Centred wrapped text. */
    void centred(String text, double size, boolean bold, String fill) {
        for (String line : TextMetrics.wrap(text, size, bold, WIDTH - 2 * MARGIN)) {
            y += size;
            marks.add(new Scene.Label(WIDTH / 2, y, line, size, bold, fill, Scene.Anchor.MIDDLE));
            y += size * (LINE - 1);
        }
    }

    Scene build(double bottomMargin) {
        return new Scene(WIDTH, Math.ceil(y + bottomMargin), marks);
    }
}
