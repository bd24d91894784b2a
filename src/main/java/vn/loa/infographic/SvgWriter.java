package vn.loa.infographic;

import java.util.Locale;

/**
 * Writes a {@link Scene} as inline SVG for the page: an image with an accessible name and description
 * ({@code role="img"}, {@code aria-labelledby} pointing at {@code <title>} and {@code <desc>}).
 * Coordinates are written with at most one decimal, so the output is stable and small.
 */
public final class SvgWriter {
    private SvgWriter() {
    }

    /**
     * @param id prefix for the title and description ids, unique on the page (e.g. the slug)
     */
    public static String write(Scene scene, String id, String title, String description) {
        String titleId = id + "-tieu-de";
        String descId = id + "-mo-ta";
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(n(scene.width())).append(' ')
            .append(n(scene.height())).append("\" width=\"").append(n(scene.width())).append("\" height=\"").append(n(scene.height()))
            .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
            .append("\" font-family=\"'Noto Sans',system-ui,sans-serif\">")
            .append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>")
            .append("<desc id=\"").append(descId).append("\">").append(escape(description)).append("</desc>")
            .append("<rect width=\"100%\" height=\"100%\" fill=\"").append(Palette.BACKGROUND).append("\"/>");
        for (Scene.Mark mark : scene.marks()) {
            append(svg, mark);
        }
        return svg.append("</svg>").toString();
    }

    private static void append(StringBuilder svg, Scene.Mark mark) {
        if (mark instanceof Scene.Box b) {
                svg.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"").append(n(b.w()))
                    .append("\" height=\"").append(n(b.h())).append('"');
                if (b.radius() > 0) {
                    svg.append(" rx=\"").append(n(b.radius())).append('"');
                }
                paint(svg, b.fill(), b.stroke(), b.strokeWidth());
        } else if (mark instanceof Scene.Dot d) {
                svg.append("<circle cx=\"").append(n(d.cx())).append("\" cy=\"").append(n(d.cy())).append("\" r=\"").append(n(d.r())).append('"');
                paint(svg, d.fill(), d.stroke(), d.strokeWidth());
        } else if (mark instanceof Scene.Line l) {
            svg.append("<line x1=\"").append(n(l.x1())).append("\" y1=\"").append(n(l.y1())).append("\" x2=\"")
                .append(n(l.x2())).append("\" y2=\"").append(n(l.y2())).append("\" stroke=\"").append(l.colour())
                .append("\" stroke-width=\"").append(n(l.width())).append("\"/>");
        } else if (mark instanceof Scene.Label t) {
                svg.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y())).append("\" font-size=\"").append(n(t.size()))
                    .append("\" fill=\"").append(t.fill()).append('"');
                if (t.bold()) {
                    svg.append(" font-weight=\"700\"");
                }
                if (t.anchor() != Scene.Anchor.START) {
                    svg.append(" text-anchor=\"").append(t.anchor() == Scene.Anchor.MIDDLE ? "middle" : "end").append('"');
                }
                svg.append('>').append(escape(t.text())).append("</text>");
        }
    }

    private static void paint(StringBuilder svg, String fill, String stroke, double width) {
        svg.append(" fill=\"").append(fill).append('"');
        if (stroke != null) {
            svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append('"');
        }
        svg.append("/>");
    }

    /** 12 -> "12", 12.34 -> "12.3". */
    static String n(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
