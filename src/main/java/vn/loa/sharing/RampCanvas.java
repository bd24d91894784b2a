package vn.loa.sharing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;

/**
 * An 8-bit palette image drawn in flat colours and anti-aliased text, where the palette is made of
 * {@link FlatColourPng#ramps colour ramps}: each ramp holds a background colour, then the steps of a text
 * colour blended into it, then the text colour.
 *
 * <p>Java2D can draw anti-aliased text straight onto a palette image, but it then blends every edge pixel
 * in RGB and searches the palette for the nearest colour, which cost more than the rest of a share card.
 * Here the palette indices are drawn as if they were grey levels: blending text of grey level "last entry
 * of the ramp" over a background of grey level "first entry" gives, by the same linear blend, the ramp
 * step that matches the pixel's coverage. Grey is Java2D's cheapest text loop, and the image's bytes are
 * then read through the palette.
 */
final class RampCanvas {
    private final int steps;
    private final BufferedImage grey;
    private final BufferedImage image;
    private final Graphics2D g;

    /**
     * @param palette ramps of {@code steps} colours each, from a background colour to a text colour
     */
    RampCanvas(int width, int height, IndexColorModel palette, int steps) {
        this.steps = steps;
        this.grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        this.image = new BufferedImage(palette, grey.getRaster(), false, null); // the same bytes
        this.g = grey.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** The drawing so far, read through the palette. */
    BufferedImage image() {
        return image;
    }

    /** Fills a rectangle with one palette entry. */
    void fill(int x, int y, int w, int h, int index) {
        g.setColor(level(index));
        g.fillRect(x, y, w, h);
    }

    /** Metrics with the same hints as the text is drawn with. */
    FontMetrics metrics(Font font) {
        return g.getFontMetrics(font);
    }

    /**
     * Draws one line of text with its baseline at {@code (x, baseline)} in the ramp that starts at palette
     * entry {@code ramp}. The text's box is first filled with the ramp's first entry, its background: the
     * caller draws text only where that colour already is.
     */
    void text(String text, Font font, int x, int baseline, int ramp) {
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle box = glyphs.getPixelBounds(g.getFontRenderContext(), x, baseline);
        fill(box.x - 1, box.y - 1, box.width + 2, box.height + 2, ramp); // a pixel of margin: edges blend too
        g.setColor(level(ramp + steps - 1));
        g.drawGlyphVector(glyphs, x, baseline);
    }

    /**
     * The colour that Java2D stores as grey level {@code index} (its grey conversion of equal red, green
     * and blue is exact).
     */
    private static Color level(int index) {
        return new Color(index, index, index);
    }
}
