package vn.loa.sharing;

import vn.loa.graphics.Fonts;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
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
            paint(g, text, cover);
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

    /**
     * Every colour a text-only card can contain: each text colour blended into its background in 16
     * steps (anti-aliased edges). Drawing straight onto this palette gives a small 8-bit PNG that is
     * several times cheaper to write than a 24-bit one, which matters with thousands of articles.
     */
    private static final java.awt.image.IndexColorModel PALETTE = FlatColourPng.ramps(
        new Color[][] {{PALE, INK}, {BRAND, Color.WHITE}, {PALE, BRAND}, {PALE, MUTED}}, 16);

    static BufferedImage drawTextCard(Text text) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            paint(g, text, null);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paint(Graphics2D g, Text text, BufferedImage cover) {
        g.setColor(PALE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(BRAND);
        g.fillRect(0, 0, WIDTH, BAND);

        int textRight = WIDTH - MARGIN;
        if (cover != null) {
            drawCover(g, cover, WIDTH - COVER_WIDTH, BAND, COVER_WIDTH, HEIGHT - BAND);
            textRight = WIDTH - COVER_WIDTH - 48;
        }
        int textWidth = textRight - MARGIN;

        g.setColor(Color.WHITE);
        drawOneLine(g, text.siteName(), Fonts.bold(36), MARGIN, 62, WIDTH - 2 * MARGIN);

        g.setColor(BRAND);
        drawOneLine(g, text.label(), Fonts.bold(28), MARGIN, BAND + 64, textWidth);

        int footerBaseline = HEIGHT - 52;
        g.setColor(BRAND);
        g.fillRect(MARGIN, footerBaseline - 62, 96, 6);
        g.setColor(MUTED);
        drawOneLine(g, text.footer(), Fonts.regular(30), MARGIN, footerBaseline, textWidth);

        int top = BAND + 92;
        int bottom = footerBaseline - 90;
        drawTitle(g, text.title(), MARGIN, top, textWidth, bottom - top);
    }

    /** The largest size at which the title fits; at the smallest size the last line ends in "…". */
    private static void drawTitle(Graphics2D g, String title, int x, int top, int width, int height) {
        g.setColor(INK);
        for (int i = 0; i < TITLE_STEPS.length; i++) {
            Font font = Fonts.bold(TITLE_STEPS[i][0]);
            FontMetrics fm = g.getFontMetrics(font);
            int lineHeight = Math.round(font.getSize2D() * 1.28f);
            int maxLines = Math.min(TITLE_STEPS[i][1], height / lineHeight);
            List<String> lines = TextWrap.lines(title, fm::stringWidth, width);
            boolean last = i == TITLE_STEPS.length - 1;
            if (lines.size() <= maxLines || last) {
                if (lines.size() > maxLines) {
                    lines = new ArrayList<>(lines.subList(0, maxLines));
                    lines.set(maxLines - 1, TextWrap.ellipsize(lines.get(maxLines - 1) + " …", fm::stringWidth, width));
                }
                g.setFont(font);
                int baseline = top + fm.getAscent();
                for (String line : lines) {
                    g.drawString(line, x, baseline);
                    baseline += lineHeight;
                }
                return;
            }
        }
    }

    private static void drawOneLine(Graphics2D g, String text, Font font, int x, int baseline, int width) {
        FontMetrics fm = g.getFontMetrics(font);
        g.setFont(font);
        g.drawString(TextWrap.ellipsize(text, fm::stringWidth, width), x, baseline);
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
