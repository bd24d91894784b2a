package vn.loa.infographic;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PngCardTest {
    private static final PngCard.Text TEXT = new PngCard.Text("Bình đẳng giới Sông Lam",
        "Gần 2 trong 3 phụ nữ từng bị chồng gây bạo lực – ẳ ớ ộ ự",
        "Nguồn: Tổng cục Thống kê và Quỹ Dân số Liên Hợp Quốc (UNFPA), Điều tra quốc gia về bạo lực đối với phụ nữ ở Việt Nam, năm 2019",
        "binhdanggioi.songlam.gov.vn");

    @Test
    void everyChartBecomesAFeedSizedSmallPngWithTheSameBytesEachTime() throws IOException {
        for (Chart chart : Charts.oneOfEachKind()) {
            byte[] first = PngCard.chart(TEXT, ChartLayout.layout(chart));
            byte[] second = PngCard.chart(TEXT, ChartLayout.layout(chart));
            assertArrayEquals(first, second, chart.kind().key());
            assertFeedSized(first, chart.kind().key());
        }
    }

    @Test
    void anUploadedPhotoIsFittedIntoTheFrameWithinBudget() throws IOException {
        // A photo-like picture: smooth gradients, a few shapes and sensor noise.
        BufferedImage photo = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                boolean disc = Math.hypot(x - 300, y - 250) < 150;
                int r = clamp((disc ? 200 : x * 255 / 800) + random.nextInt(9) - 4);
                int g = clamp((disc ? 60 : y * 255 / 600) + random.nextInt(9) - 4);
                int b = clamp(120 + random.nextInt(9) - 4);
                photo.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        byte[] first = PngCard.image(TEXT, photo);
        assertArrayEquals(first, PngCard.image(TEXT, photo));
        assertFeedSized(first, "photo");
    }

    @Test
    void pngsCarryNoTimeOrTextChunks() throws IOException {
        byte[] png = PngCard.chart(TEXT, ChartLayout.layout(Charts.oneOfEachKind().get(0)));
        String chunks = new String(Arrays.copyOf(png, png.length), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(!chunks.contains("tIME") && !chunks.contains("tEXt") && !chunks.contains("iTXt"));
        assertTrue(chunks.contains("PLTE"), "an indexed-colour PNG");
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static void assertFeedSized(byte[] png, String what) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(PngCard.WIDTH, image.getWidth(), what);
        assertEquals(PngCard.HEIGHT, image.getHeight(), what);
        assertEquals(1080, PngCard.WIDTH);
        assertEquals(1350, PngCard.HEIGHT);
        assertTrue(png.length <= 150 * 1024, what + " PNG is " + png.length + " bytes");
    }
}
