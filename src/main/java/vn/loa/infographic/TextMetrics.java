package vn.loa.infographic;

import vn.loa.graphics.Fonts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Text widths measured with the bundled Noto Sans, for wrapping labels. Browsers may draw the SVG with
 * another sans-serif font, so lines are wrapped a little short of the room they have.
 */
public final class TextMetrics {
    /** Room kept for fonts wider than Noto Sans. */
    private static final double BROWSER_MARGIN = 0.92;
    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private TextMetrics() {
    }

    public static Font font(double size, boolean bold) {
        return bold ? Fonts.bold((float) size) : Fonts.regular((float) size);
    }

    public static double width(String text, double size, boolean bold) {
        return font(size, bold).getStringBounds(text, CONTEXT).getWidth();
    }

    /** Splits text into lines no wider than {@code maxWidth}; a word longer than a line stands alone. */
    public static List<String> wrap(String text, double size, boolean bold, double maxWidth) {
        double room = maxWidth * BROWSER_MARGIN;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, size, bold) > room) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
