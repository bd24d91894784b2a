package vn.loa.content;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intrinsic sizes of local images, so pages can give {@code width}/{@code height} and a phone can lay
 * the page out before the image arrives (no text jumping as images load on a slow network).
 */
public final class ImageSizes {
    private static final Pattern SVG_WIDTH = Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)(?:px)?\"");
    private static final Pattern SVG_HEIGHT = Pattern.compile("<svg[^>]*?\\sheight=\"([0-9.]+)(?:px)?\"");
    private static final Pattern SVG_VIEWBOX = Pattern.compile("<svg[^>]*?\\sviewBox=\"[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)[ ,]+([0-9.]+)\"");

    private ImageSizes() {
    }

    /** @return {width, height} in CSS pixels, or null when unknown */
    public static int[] of(Path file) {
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".svg") ? svg(file) : raster(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int[] svg(Path file) throws IOException {
        String head = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher w = SVG_WIDTH.matcher(head);
        Matcher h = SVG_HEIGHT.matcher(head);
        if (w.find() && h.find()) {
            return new int[] {(int) Math.round(Double.parseDouble(w.group(1))), (int) Math.round(Double.parseDouble(h.group(1)))};
        }
        Matcher vb = SVG_VIEWBOX.matcher(head);
        if (vb.find()) {
            return new int[] {(int) Math.round(Double.parseDouble(vb.group(1))), (int) Math.round(Double.parseDouble(vb.group(2)))};
        }
        return null;
    }

    private static int[] raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
