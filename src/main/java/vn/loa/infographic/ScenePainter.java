package vn.loa.infographic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.Shape;

/** Paints a {@link Scene} with Java2D, mark for mark as {@link SvgWriter} writes it. */
final class ScenePainter {
    private ScenePainter() {
    }

    static void paint(Graphics2D g, Scene scene) {
        for (Scene.Mark mark : scene.marks()) {
            if (mark instanceof Scene.Box b) {
                Shape shape = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), b.radius() * 2, b.radius() * 2);
                fillAndStroke(g, shape, b.fill(), b.stroke(), b.strokeWidth());
            } else if (mark instanceof Scene.Dot d) {
                Shape shape = new Ellipse2D.Double(d.cx() - d.r(), d.cy() - d.r(), 2 * d.r(), 2 * d.r());
                fillAndStroke(g, shape, d.fill(), d.stroke(), d.strokeWidth());
            } else if (mark instanceof Scene.Line l) {
                g.setColor(colour(l.colour()));
                g.setStroke(new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            } else if (mark instanceof Scene.Label t) {
                g.setFont(TextMetrics.font(t.size(), t.bold()));
                g.setColor(colour(t.fill()));
                double width = g.getFont().getStringBounds(t.text(), g.getFontRenderContext()).getWidth();
                double x = switch (t.anchor()) {
                    case START -> t.x();
                    case MIDDLE -> t.x() - width / 2;
                    case END -> t.x() - width;
                };
                g.drawString(t.text(), (float) x, (float) t.y());
            }
        }
    }

    private static void fillAndStroke(Graphics2D g, Shape shape, String fill, String stroke, double width) {
        g.setColor(colour(fill));
        g.fill(shape);
        if (stroke != null) {
            g.setColor(colour(stroke));
            g.setStroke(new BasicStroke((float) width));
            g.draw(shape);
        }
    }

    static Color colour(String hex) {
        return new Color(Palette.rgb(hex));
    }
}
