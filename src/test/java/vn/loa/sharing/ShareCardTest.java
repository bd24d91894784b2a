package vn.loa.sharing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.graphics.Fonts;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareCardTest {
    private static final String LONG_TITLE = "Hướng dẫn chi tiết về quyền của người bị bạo lực gia đình, trách nhiệm báo tin của "
        + "cộng đồng, các biện pháp cấm tiếp xúc và địa chỉ tin cậy ở từng xã, phường của tỉnh Sông Lam trong năm 2026 "
        + "và những năm tiếp theo, kèm hỏi đáp thường gặp";
    private static final ShareCardPainter.Text TEXT = new ShareCardPainter.Text("Bình đẳng giới Sông Lam", "BÀI VIẾT",
        "Đẩy mạnh truyền thông: ẳ ớ ộ ự Đ", "Sở Văn hóa, Thể thao và Du lịch · 01/06/2026");

    @TempDir
    Path dir;

    @Test
    void bundledFontDrawsEveryVietnameseLetter() {
        String letters = "ăâđêôơưĂÂĐÊÔƠƯ àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ẲỚỘỰ";
        assertEquals(-1, Fonts.bold(40).canDisplayUpTo(letters));
        assertEquals(-1, Fonts.regular(30).canDisplayUpTo(letters));
        assertEquals("Noto Sans Bold", Fonts.bold(40).getFontName());
    }

    @Test
    void cardIs1200By630PngUnder150KbAndTheSameBytesEveryTime() throws IOException {
        byte[] first = ShareCardPainter.png(TEXT, null);
        byte[] second = ShareCardPainter.png(TEXT, null);
        assertArrayEquals(first, second);
        assertTrue(first.length <= ShareCards.MAX_BYTES, first.length + " bytes");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }

    /**
     * Text-only cards draw palette indices as grey levels (RampCanvas): every edge pixel must land on a
     * step of its own text's ramp, never on another ramp's colour or off the palette.
     */
    @Test
    void eachTextIsDrawnInItsOwnColourRamp() {
        BufferedImage card = ShareCardPainter.drawTextCard(new ShareCardPainter.Text("Bình đẳng giới Sông Lam", "BÀI VIẾT",
            LONG_TITLE, "Sở Nội vụ · 15/11/2026"));
        int[][] bands = {{0, 96, 16}, {100, 175, 32}, {185, 490, 0}, {530, 630, 48}}; // rows from, to; ramp
        for (int[] band : bands) {
            java.util.Set<Integer> seen = new java.util.TreeSet<>();
            for (int y = band[0]; y < band[1]; y++) {
                for (int x = 0; x < 1200; x++) {
                    seen.add(card.getRaster().getSample(x, y, 0));
                }
            }
            seen.remove(0); // the page background, around the text boxes
            for (int index : seen) {
                assertTrue(index >= band[2] && index < band[2] + 16, "rows " + band[0] + "-" + band[1] + ": " + seen);
            }
            assertTrue(seen.contains(band[2] + 15) && seen.size() > 8, "text with smooth edges in rows " + band[0] + ": " + seen);
        }
    }

    @Test
    void diacriticsChangeThePixels() throws IOException {
        // "Đ" and "D" differ only by the bar; "ự" and "u" by the horn and dot: the font must draw them
        byte[] marked = ShareCardPainter.png(new ShareCardPainter.Text("x", "x", "Đự", "x"), null);
        byte[] plain = ShareCardPainter.png(new ShareCardPainter.Text("x", "x", "Du", "x"), null);
        assertNotEquals(ink(marked), ink(plain));
    }

    @Test
    void longTitlesWrapWithinTheCardAndEndWithEllipsis() throws IOException {
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(Fonts.bold(40));
        List<String> lines = TextWrap.lines(LONG_TITLE, fm::stringWidth, 600);
        assertTrue(lines.size() > 5);
        lines.forEach(line -> assertTrue(fm.stringWidth(line) <= 600, line));
        assertEquals(String.join(" ", lines), LONG_TITLE);
        List<String> broken = TextWrap.lines("Siêudàiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii", fm::stringWidth, 300);
        broken.forEach(line -> assertTrue(fm.stringWidth(line) <= 300, line));

        BufferedImage card = ImageIO.read(new ByteArrayInputStream(ShareCardPainter.png(
            new ShareCardPainter.Text("Bình đẳng giới Sông Lam", "BÀI VIẾT", LONG_TITLE, "Sở Nội vụ · 15/11/2026"), null)));
        // the right margin (64 px) and the strip above the footer stay background: nothing overflowed
        int background = new Color(0xfbf4f7).getRGB();
        for (int y = 100; y < 630; y++) {
            for (int x = 1200 - 60; x < 1200; x++) {
                assertEquals(background, card.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        for (int x = 0; x < 1200; x++) {
            assertEquals(background, card.getRGB(x, 630 - 52 - 70), "gap above footer at x=" + x);
        }
    }

    @Test
    void rasterCoverIsUsedSvgIsNotAndNoisyCoverFallsBackWithinTheLimit() throws IOException {
        byte[] textOnly = ShareCardPainter.png(TEXT, null);

        BufferedImage smooth = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = smooth.createGraphics();
        g.setColor(new Color(0x2e7d32));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        byte[] withCover = ShareCards.draw(TEXT, png(smooth));
        assertTrue(withCover.length <= ShareCards.MAX_BYTES);
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(withCover));
        assertEquals(new Color(0x2e7d32).getRGB(), card.getRGB(1000, 400), "cover fills the right side");

        BufferedImage noise = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 900; y++) {
            for (int x = 0; x < 1200; x++) {
                noise.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        byte[] noisy = ShareCards.draw(TEXT, png(noise));
        assertTrue(noisy.length <= ShareCards.MAX_BYTES, noisy.length + " bytes");
        assertArrayEquals(textOnly, noisy, "a cover that would make the card too heavy is left out");

        Path svg = Files.writeString(dir.resolve("bia.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertEquals(null, ShareCards.readCover(svg), "SVG covers are not drawn on cards");
        Path jpeg = dir.resolve("bia.jpg");
        ImageIO.write(smooth, "jpeg", jpeg.toFile());
        assertArrayEquals(Files.readAllBytes(jpeg), ShareCards.readCover(jpeg));
    }

    @Test
    void cardDigestChangesWithEveryInputAndOnlyThen() {
        String digest = ShareCards.digest(TEXT, null);
        assertEquals(digest, ShareCards.digest(new ShareCardPainter.Text(TEXT.siteName(), TEXT.label(), TEXT.title(), TEXT.footer()), null));
        assertNotEquals(digest, ShareCards.digest(new ShareCardPainter.Text(TEXT.siteName(), TEXT.label(), "Tiêu đề mới", TEXT.footer()), null));
        assertNotEquals(digest, ShareCards.digest(new ShareCardPainter.Text(TEXT.siteName(), TEXT.label(), TEXT.title(), "Sở Nội vụ · 01/06/2026"), null));
        assertNotEquals(digest, ShareCards.digest(TEXT, new byte[] {1, 2, 3}));
        assertNotEquals(ShareCards.digest(TEXT, new byte[] {1, 2, 3}), ShareCards.digest(TEXT, new byte[] {1, 2, 4}));
    }

    @Test
    void demoCardsAreSmallAndOfTheRightSize() throws IOException {
        try (var files = Files.walk(BakedDemo.output())) {
            List<Path> cards = files.filter(p -> p.getFileName().toString().equals(ShareCards.FILE_NAME)).toList();
            assertTrue(cards.size() >= 15, cards.size() + " cards");
            for (Path card : cards) {
                assertTrue(Files.size(card) <= ShareCards.MAX_BYTES, card.toString());
                BufferedImage image = ImageIO.read(card.toFile());
                assertEquals(1200, image.getWidth());
                assertEquals(630, image.getHeight());
            }
        }
    }

    private static long ink(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
