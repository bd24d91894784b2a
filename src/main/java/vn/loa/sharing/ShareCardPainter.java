package vn.loa.sharing;

import vn.loa.graphics.Fonts;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a 1200×630 share card (the size Facebook, Zalo and Messenger previews expect) in the site's
 * colours: site name band, content label, the title wrapped to fit, unit and date. A raster cover
 * (PNG/JPEG) fills the right third; SVG covers are not rasterised (that needs a large library), so
 * those cards are text only.
 */
final class ShareCardPainter {
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private static final Color BRAND = new Color(0x7a1f4b);
    private static final Color PALE = new Color(0xfbf4f7);
    private static final Color INK = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x4f5862);
    private static final int MARGIN = 64;
    private static final int BAND = 96;
    private static final int COVER_WIDTH = 400;
    /** Title sizes tried from largest down, with the lines each may use. */
    private static final int[][] TITLE_STEPS = {{68, 3}, {60, 4}, {52, 4}, {46, 5}, {40, 5}};

    /** What a card says. */
    record Text(String siteName, String label, String title, String footer) {
    }

    private ShareCardPainter() {
    }

    static byte[] png(Text text, BufferedImage cover) {
        if (cover == null) {
            return FlatColourPng.encode(drawTextCard(text), PALETTE);
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            paint(new GraphicsSurface(g), text, true);
            drawCover(g, cover, WIDTH - COVER_WIDTH, BAND, COVER_WIDTH, HEIGHT - BAND);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final int RAMP_STEPS = 16;
    /** Each text colour over its background; a text-only card contains only these ramps' colours. */
    private static final Color[][] RAMPS = {{PALE, INK}, {BRAND, Color.WHITE}, {PALE, BRAND}, {PALE, MUTED}};
    /**
     * Every colour a text-only card can contain: each text colour blended into its background in 16
     * steps (anti-aliased edges). An 8-bit palette PNG is several times cheaper to write than a 24-bit
     * one, which matters with thousands of articles.
     */
    private static final IndexColorModel PALETTE = FlatColourPng.ramps(RAMPS, RAMP_STEPS);
    /** A card is drawn and encoded on one thread before that thread draws the next: the canvas is reused. */
    private static final ThreadLocal<RampCanvas> CANVAS =
        ThreadLocal.withInitial(() -> new RampCanvas(WIDTH, HEIGHT, PALETTE, RAMP_STEPS));

    /**
     * A text-only card on this thread's canvas: valid until the thread draws its next card.
     */
    static BufferedImage drawTextCard(Text text) {
        RampCanvas canvas = CANVAS.get();
        paint(new RampSurface(canvas), text, false);
        return canvas.image();
    }

    /** What the layout needs from the thing it draws on. */
    private interface Surface {
        void fill(Color colour, int x, int y, int w, int h);

        void text(String text, Font font, Color colour, Color background, int x, int baseline);

        FontMetrics metrics(Font font);
    }

    private record GraphicsSurface(Graphics2D g) implements Surface {
        @Override
        public void fill(Color colour, int x, int y, int w, int h) {
            g.setColor(colour);
            g.fillRect(x, y, w, h);
        }

        @Override
        public void text(String text, Font font, Color colour, Color background, int x, int baseline) {
            g.setColor(colour);
            g.setFont(font);
            g.drawString(text, x, baseline);
        }

        @Override
        public FontMetrics metrics(Font font) {
            return g.getFontMetrics(font);
        }
    }

    private record RampSurface(RampCanvas canvas) implements Surface {
        @Override
        public void fill(Color colour, int x, int y, int w, int h) {
            canvas.fill(x, y, w, h, indexOf(colour));
        }

        @Override
        public void text(String text, Font font, Color colour, Color background, int x, int baseline) {
            canvas.text(text, font, x, baseline, rampOf(background, colour));
        }

        @Override
        public FontMetrics metrics(Font font) {
            return canvas.metrics(font);
        }

        private static int indexOf(Color colour) {
            for (int i = 0; i < RAMPS.length; i++) {
                if (RAMPS[i][0].equals(colour)) {
                    return i * RAMP_STEPS;
                }
            }
            throw new IllegalArgumentException("No ramp starts with " + colour);
        }

        private static int rampOf(Color background, Color colour) {
            for (int i = 0; i < RAMPS.length; i++) {
                if (RAMPS[i][0].equals(background) && RAMPS[i][1].equals(colour)) {
                    return i * RAMP_STEPS;
                }
            }
            throw new IllegalArgumentException("No ramp from " + background + " to " + colour);
        }
    }

    /** The card's layout; with a cover, the text keeps clear of the right third where the cover goes. */
    private static void paint(Surface s, Text text, boolean withCover) {
        s.fill(PALE, 0, 0, WIDTH, HEIGHT);
        s.fill(BRAND, 0, 0, WIDTH, BAND);

        int textRight = withCover ? WIDTH - COVER_WIDTH - 48 : WIDTH - MARGIN;
        int textWidth = textRight - MARGIN;

        drawOneLine(s, text.siteName(), Fonts.bold(36), Color.WHITE, BRAND, MARGIN, 62, WIDTH - 2 * MARGIN);
        drawOneLine(s, text.label(), Fonts.bold(28), BRAND, PALE, MARGIN, BAND + 64, textWidth);

        int footerBaseline = HEIGHT - 52;
        s.fill(BRAND, MARGIN, footerBaseline - 62, 96, 6);
        drawOneLine(s, text.footer(), Fonts.regular(30), MUTED, PALE, MARGIN, footerBaseline, textWidth);

        int top = BAND + 92;
        int bottom = footerBaseline - 90;
        drawTitle(s, text.title(), MARGIN, top, textWidth, bottom - top);
    }

    /** The largest size at which the title fits; at the smallest size the last line ends in "…". */
    private static void drawTitle(Surface s, String title, int x, int top, int width, int height) {
        for (int i = 0; i < TITLE_STEPS.length; i++) {
            Font font = Fonts.bold(TITLE_STEPS[i][0]);
            FontMetrics fm = s.metrics(font);
            int lineHeight = Math.round(font.getSize2D() * 1.28f);
            int maxLines = Math.min(TITLE_STEPS[i][1], height / lineHeight);
            List<String> lines = TextWrap.lines(title, fm::stringWidth, width);
            boolean last = i == TITLE_STEPS.length - 1;
            if (lines.size() <= maxLines || last) {
                if (lines.size() > maxLines) {
                    lines = new ArrayList<>(lines.subList(0, maxLines));
                    lines.set(maxLines - 1, TextWrap.ellipsize(lines.get(maxLines - 1) + " …", fm::stringWidth, width));
                }
                int baseline = top + fm.getAscent();
                for (String line : lines) {
                    s.text(line, font, INK, PALE, x, baseline);
                    baseline += lineHeight;
                }
                return;
            }
        }
    }

    private static void drawOneLine(Surface s, String text, Font font, Color colour, Color background, int x,
                                    int baseline, int width) {
        FontMetrics fm = s.metrics(font);
        s.text(TextWrap.ellipsize(text, fm::stringWidth, width), font, colour, background, x, baseline);
    }

    /** Scales the cover to fill the box and crops the overflow evenly (like CSS object-fit: cover). */
    private static void drawCover(Graphics2D g, BufferedImage cover, int x, int y, int w, int h) {
        double scale = Math.max((double) w / cover.getWidth(), (double) h / cover.getHeight());
        int sw = (int) Math.round(w / scale);
        int sh = (int) Math.round(h / scale);
        int sx = (cover.getWidth() - sw) / 2;
        int sy = (cover.getHeight() - sh) / 2;
        g.drawImage(cover, x, y, x + w, y + h, sx, sy, sx + sw, sy + sh, null);
    }
}
