package vn.loa.infographic;

import java.util.List;

/**
 * A chart as a list of simple marks in a 360-unit-wide space. The same scene becomes inline SVG for the
 * page and is painted with Java2D for the PNG, so the two can never disagree.
 */
public record Scene(double width, double height, List<Mark> marks) {

    public Scene {
        marks = List.copyOf(marks);
    }

    public sealed interface Mark permits Box, Label, Dot, Line {
    }

    /** A rectangle; {@code stroke} may be null. */
    public record Box(double x, double y, double w, double h, double radius, String fill, String stroke, double strokeWidth)
        implements Mark {
    }

    public enum Anchor { START, MIDDLE, END }

    /** One line of text with its baseline at y. */
    public record Label(double x, double y, String text, double size, boolean bold, String fill, Anchor anchor)
        implements Mark {
    }

    /** A circle; {@code stroke} may be null. */
    public record Dot(double cx, double cy, double r, String fill, String stroke, double strokeWidth) implements Mark {
    }

    public record Line(double x1, double y1, double x2, double y2, String colour, double width) implements Mark {
    }
}
