package vn.loa.sharing;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loa's own deflate writer must give PNGs every reader decodes to exactly the drawn pixels. */
class FlatColourPngTest {
    private static final IndexColorModel PALETTE = FlatColourPng.ramps(
        new Color[][] {{Color.WHITE, Color.BLACK}, {Color.RED, Color.BLUE}, {Color.GREEN, Color.YELLOW}, {Color.GRAY, Color.CYAN}}, 64);

    @Test
    void cardsDecodeToTheirPixels() throws IOException {
        String[] titles = {"Đẩy mạnh truyền thông: ẳ ớ ộ ự Đ", "x", "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ 25/11: "
            + "cả cộng đồng cùng lên tiếng, chung tay vì một tỉnh an toàn cho phụ nữ và trẻ em gái ở mọi thôn bản"};
        for (String title : titles) {
            ShareCardPainter.Text text = new ShareCardPainter.Text("Bình đẳng giới Sông Lam", "BÀI VIẾT", title, "Sở Nội vụ · 15/11/2026");
            byte[] png = ShareCardPainter.png(text, null);
            assertTrue(png.length <= ShareCards.MAX_BYTES, png.length + " bytes");
            assertDecodesTo(ShareCardPainter.drawTextCard(text), png);
        }
    }

    @Test
    void flatNoisyAndOddImagesDecodeToTheirPixels() throws IOException {
        Random random = new Random(7);
        int[][] sizes = {{1, 1}, {2, 3}, {300, 1}, {1, 300}, {259, 4}, {1201, 7}, {517, 333}};
        for (int[] size : sizes) {
            for (int pattern = 0; pattern < 5; pattern++) {
                BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
                byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                for (int i = 0; i < pixels.length; i++) {
                    int x = i % size[0];
                    int y = i / size[0];
                    pixels[i] = (byte) switch (pattern) {
                        case 0 -> 17; // one colour
                        case 1 -> random.nextInt(256); // no runs at all: every byte a literal, both code lengths
                        case 2 -> (x / (1 + y % 5)) % 3 == 0 ? 200 : 3; // runs of every length
                        case 3 -> y % 3 == 0 ? random.nextInt(4) : 150; // rows equal to the one above, then not
                        default -> random.nextInt(9) == 0 ? random.nextInt(256) : (x < size[0] / 2 ? 143 : 144);
                    };
                }
                assertDecodesTo(image, FlatColourPng.encode(image, PALETTE));
            }
        }
    }

    private static void assertDecodesTo(BufferedImage expected, byte[] png) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(expected.getWidth(), decoded.getWidth());
        assertEquals(expected.getHeight(), decoded.getHeight());
        IndexColorModel palette = (IndexColorModel) expected.getColorModel();
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int index = expected.getRaster().getSample(x, y, 0);
                assertEquals(palette.getRGB(index), decoded.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
