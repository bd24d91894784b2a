package vn.loa.sharing;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Makes share card PNGs. Each card carries a fingerprint of everything that shapes it (text, cover
 * bytes, the drawing code and fonts, the Java version); when the previous output already holds a card
 * with the same fingerprint its bytes are reused instead of drawing it again, so re-baking thousands
 * of articles only draws the cards that changed. (Drawing and encoding one card costs tens of
 * milliseconds, mostly in ImageIO's PNG writer.)
 */
final class ShareCards {
    static final String FILE_NAME = "the-chia-se.png";
    static final int MAX_BYTES = 150 * 1024;
    /** The code and fonts that draw a card: a new Loa build that draws differently never reuses old cards. */
    private static final String[] DESIGN_RESOURCES = {"/vn/loa/sharing/ShareCardPainter.class", "/vn/loa/sharing/TextWrap.class",
        "/vn/loa/sharing/ShareCards.class", "/fonts/NotoSans-Regular.ttf", "/fonts/NotoSans-Bold.ttf"};
    private static final String DESIGN = designStamp();
    private static final String FINGERPRINT_KEY = "loa-card";

    /** One card: its path in the site ("bai-viet/x/the-chia-se.png"), its text and a cover file or null. */
    record Card(String path, ShareCardPainter.Text text, Path cover) {
    }

    private final Path previousOutput;

    /** @param previousOutput the output folder of the last successful bake (may not exist) */
    ShareCards(Path previousOutput) {
        this.previousOutput = previousOutput;
    }

    byte[] make(Card card) {
        byte[] coverBytes = readCover(card.cover());
        String fingerprint = fingerprint(card.text(), coverBytes);
        byte[] previous = previous(card.path());
        if (previous != null && fingerprint.equals(PngText.read(previous, FINGERPRINT_KEY))) {
            return previous;
        }
        return PngText.insert(draw(card.text(), coverBytes), FINGERPRINT_KEY, fingerprint);
    }

    /** With a cover if it is a raster image and the card stays within the size limit; else text only. */
    static byte[] draw(ShareCardPainter.Text text, byte[] coverBytes) {
        BufferedImage cover = raster(coverBytes);
        if (cover != null) {
            byte[] png = ShareCardPainter.png(text, cover);
            if (png.length <= MAX_BYTES - 1024) {
                return png;
            }
        }
        return ShareCardPainter.png(text, null);
    }

    private static BufferedImage raster(byte[] coverBytes) {
        if (coverBytes == null) {
            return null;
        }
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(coverBytes));
        } catch (IOException e) {
            return null; // an unreadable cover leaves the card text only; the cover itself is checked elsewhere
        }
    }

    /** Cover bytes when the cover is PNG or JPEG (SVG covers are not drawn on cards). */
    private static byte[] readCover(Path cover) {
        if (cover == null) {
            return null;
        }
        String name = cover.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            return null;
        }
        try {
            return Files.readAllBytes(cover);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] previous(String path) {
        if (previousOutput == null) {
            return null;
        }
        Path file = previousOutput.resolve(path);
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String designStamp() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String resource : DESIGN_RESOURCES) {
                try (java.io.InputStream in = ShareCards.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing " + resource);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fingerprint(ShareCardPainter.Text text, byte[] coverBytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{DESIGN, System.getProperty("java.version"), text.siteName(),
                text.label(), text.title(), text.footer()}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            if (coverBytes != null) {
                sha.update(coverBytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
