package vn.loa.infographic;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The downloadable picture of an infographic, sized for social feeds (1080 × 1350, portrait 4:5):
 * site name, title, the chart (or the uploaded image) and the source, drawn with the bundled font.
 */
public final class PngCard {
    public static final int WIDTH = 1080;
    public static final int HEIGHT = 1350;
    /** Feeds and Zalo groups on weak connections: keep every picture under this. */
    public static final int MAX_BYTES = 150 * 1024;

    private static final int SIDE = 72;
    private static final int FOOTER = 190;

    private PngCard() {
    }

    /** What goes on the card besides the picture itself. */
    public record Text(String siteName, String title, String source, String address) {
    }

    public static byte[] chart(Text text, Scene scene) {
        BufferedImage card = frame(text, (g, top, bottom) -> {
            // At most the scale that lines the chart's own margin up with the card's side margin.
            double widest = (WIDTH - 2.0 * SIDE) / (scene.width() - 2 * SceneBuilder.MARGIN);
            double scale = Math.min(widest, (bottom - top) / scene.height());
            double left = (WIDTH - scene.width() * scale) / 2;
            double slack = (bottom - top) - scene.height() * scale;
            AffineTransform saved = g.getTransform();
            g.translate(left, top + slack / 3);
            g.scale(scale, scale);
            ScenePainter.paint(g, scene);
            g.setTransform(saved);
        });
        return PngEncoder.encode(card, MAX_BYTES);
    }

    public static byte[] image(Text text, BufferedImage picture) {
        BufferedImage card = frame(text, (g, top, bottom) -> {
            double room = WIDTH - 2.0 * SIDE;
            double scale = Math.min(room / picture.getWidth(), (double) (bottom - top) / picture.getHeight());
            int w = (int) Math.round(picture.getWidth() * scale);
            int h = (int) Math.round(picture.getHeight() * scale);
            g.drawImage(Scaling.toSize(picture, w, h), (WIDTH - w) / 2, top + (bottom - top - h) / 2, null);
        });
        return PngEncoder.encode(card, MAX_BYTES);
    }

    private interface Body {
        void draw(Graphics2D g, int top, int bottom);
    }

    private static BufferedImage frame(Text text, Body body) {
        BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setColor(ScenePainter.colour(Palette.BACKGROUND));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ScenePainter.colour(Palette.series(0)));
            g.fillRect(0, 0, WIDTH, 18);

            int y = lines(g, List.of(text.siteName()), 58, 30, true, Palette.series(0), 1.3);
            y = lines(g, TextMetrics.wrap(text.title(), 54, true, WIDTH - 2.0 * SIDE), y + 24, 54, true, Palette.TEXT, 1.22);
            body.draw(g, y + 40, HEIGHT - FOOTER - 30);

            int footerTop = HEIGHT - FOOTER;
            g.setColor(ScenePainter.colour(Palette.OUTLINE));
            g.fillRect(SIDE, footerTop, WIDTH - 2 * SIDE, 3);
            List<String> source = TextMetrics.wrap(text.source(), 30, false, WIDTH - 2.0 * SIDE);
            int after = lines(g, source.subList(0, Math.min(3, source.size())), footerTop + 24, 30, false, Palette.TEXT, 1.3);
            lines(g, List.of(text.address()), Math.max(after + 8, HEIGHT - 70), 26, true, Palette.MUTED_TEXT, 1.3);
        } finally {
            g.dispose();
        }
        return card;
    }

    /** Draws lines below {@code top}; returns the bottom of the last one (its descenders included). */
    private static int lines(Graphics2D g, List<String> lines, int top, double size, boolean bold, String colour, double spacing) {
        g.setFont(TextMetrics.font(size, bold));
        g.setColor(ScenePainter.colour(colour));
        double baseline = top + size;
        for (String line : lines) {
            g.drawString(line, SIDE, (float) baseline);
            baseline += size * spacing;
        }
        return (int) Math.round(baseline - size * spacing + size * 0.3);
    }
}
