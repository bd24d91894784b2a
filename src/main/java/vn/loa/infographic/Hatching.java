package vn.loa.infographic;

/**
 * Fills a part of a 100% bar with its series colour and a white line pattern of its own, so that
 * parts differ in pattern as well as colour (for colour-blind readers and grey-scale printing).
 * Lines are clipped here, so neither SVG nor Java2D needs pattern or clip support.
 */
final class Hatching {
    private static final double SPACING = 9;
    private static final double LINE_WIDTH = 2.5;
    /** Direction of the lines per series: none, rising diagonal, horizontal, falling diagonal, vertical, none. */
    private static final double[][] DIRECTIONS = {null, {1, -1}, {1, 0}, {1, 1}, {0, 1}, null};

    private Hatching() {
    }

    static void fill(SceneBuilder b, double x, double y, double w, double h, int series) {
        b.add(new Scene.Box(x, y, w, h, 0, Palette.series(series), null, 0));
        double[] d = DIRECTIONS[series % DIRECTIONS.length];
        if (d == null) {
            return;
        }
        // Parallel lines, spaced along the normal (-dy, dx), each clipped to the box.
        double len = Math.hypot(d[0], d[1]);
        double dx = d[0] / len;
        double dy = d[1] / len;
        double nx = -dy;
        double ny = dx;
        double reach = Math.hypot(w, h);
        double cx = x + w / 2;
        double cy = y + h / 2;
        for (double offset = -reach; offset <= reach; offset += SPACING) {
            double px = cx + nx * offset;
            double py = cy + ny * offset;
            double[] seg = clip(px - dx * reach, py - dy * reach, px + dx * reach, py + dy * reach, x, y, x + w, y + h);
            if (seg != null) {
                b.add(new Scene.Line(seg[0], seg[1], seg[2], seg[3], Palette.BACKGROUND, LINE_WIDTH));
            }
        }
    }

    /** Liang–Barsky clipping of a segment to a rectangle; null when nothing is left. */
    static double[] clip(double x1, double y1, double x2, double y2, double left, double top, double right, double bottom) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
                continue;
            }
            double t = q[i] / p[i];
            if (p[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
        }
        if (t0 >= t1 || (t1 - t0) * Math.hypot(dx, dy) < 1) {
            return null;
        }
        return new double[] {x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy};
    }
}
