package vn.loa.sharing;

import vn.loa.build.EarlyFiles;
import vn.loa.build.Fingerprints;
import vn.loa.build.SiteOutput;
import vn.loa.build.Workers;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Makes share card PNGs, in parallel. A card is drawn only when something that shapes it changed since
 * the last good bake (its text, the cover's bytes, the drawing code and fonts); otherwise the bake's
 * {@link SiteOutput#file} reuses the previous file, so re-baking thousands of articles draws only the
 * cards that changed. (A text-only card costs about 1 ms to draw and write; one with a cover, more.)
 */
final class ShareCards {
    static final String FILE_NAME = "the-chia-se.png";
    static final int MAX_BYTES = 150 * 1024;
    private static final String DESIGN = DesignStamp.of("/vn/loa/sharing/ShareCardPainter.class",
        "/vn/loa/sharing/RampCanvas.class", "/vn/loa/sharing/FlatColourPng.class", "/vn/loa/sharing/TextWrap.class",
        "/vn/loa/sharing/ShareCards.class", "/fonts/NotoSans-Regular.ttf", "/fonts/NotoSans-Bold.ttf");

    /** One card: its path in the site ("bai-viet/x/the-chia-se.png"), its text and a cover file or null. */
    record Card(String path, ShareCardPainter.Text text, Path cover) {
    }

    private ShareCards() {
    }

    /** Queues a card to be drawn ahead of the render (see {@link EarlyFiles}). */
    static void early(Card card, EarlyFiles early) {
        // The worker asks for the digest, then (only if needed) the bytes, on one thread: read the cover once.
        byte[][] cover = new byte[1][];
        early.submit(card.path(), () -> digest(card.text(), cover[0] = readCover(card.cover())), () -> draw(card.text(), cover[0]));
    }

    static void writeAll(List<Card> cards, SiteOutput output) {
        Workers.run(() -> cards.parallelStream().forEach(card -> {
            byte[] cover = readCover(card.cover());
            output.file(card.path(), digest(card.text(), cover), () -> draw(card.text(), cover));
        }));
    }

    /** Everything that shapes the card's bytes. */
    static String digest(ShareCardPainter.Text text, byte[] coverBytes) {
        String cover = coverBytes == null ? "" : HexFormat.of().formatHex(sha256(coverBytes));
        return Fingerprints.of("share-card", DESIGN, text.siteName(), text.label(), text.title(), text.footer(), cover);
    }

    /** With the cover if it is a raster image and the card stays within the size limit; else text only. */
    static byte[] draw(ShareCardPainter.Text text, byte[] coverBytes) {
        BufferedImage cover = raster(coverBytes);
        if (cover != null) {
            byte[] png = ShareCardPainter.png(text, cover);
            if (png.length <= MAX_BYTES) {
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
            return ImageIO.read(new ByteArrayInputStream(coverBytes));
        } catch (IOException e) {
            return null; // an unreadable cover leaves the card text only; the page still shows the cover as is
        }
    }

    /** Cover bytes when the cover is PNG or JPEG (SVG covers are not drawn on cards). */
    static byte[] readCover(Path cover) {
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

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
