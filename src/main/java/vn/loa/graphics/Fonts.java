package vn.loa.graphics;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans (OFL), bundled with Loa, for images the build draws (share cards, infographic PNGs).
 * System fonts differ between machines and may lack Vietnamese stacked marks (ẳ, ớ, ộ, ự);
 * a bundled font makes the images the same everywhere.
 */
public final class Fonts {
    private static final Font REGULAR = load("/fonts/NotoSans-Regular.ttf");
    private static final Font BOLD = load("/fonts/NotoSans-Bold.ttf");

    private Fonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Unreadable bundled font " + resource, e);
        }
    }
}
