package vn.loa.sharing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page's print block points at its own QR code file, and the code reads back as the page's address. */
class PrintQrTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final int SCALE = 4;

    @Test
    void everyPageHasAPrintOnlyQrBlockWhoseCodeDecodesToThePageUrl() throws Exception {
        List<Path> pages = BakedDemo.htmlPages();
        int checked = 0;
        for (Path page : pages) {
            String url = BakedDemo.urlOf(page);
            Document doc = BakedDemo.parse(page);
            Element block = doc.selectFirst(".print-qr");
            if (!url.endsWith("/")) {
                assertNull(block, url + ": no QR for a page that is not a folder");
                continue;
            }
            assertNotNull(block, url);
            assertEquals(url + PrintQrCodes.FILE_NAME, block.selectFirst("img").attr("src"), url);
            assertTrue(block.text().contains(BakedDemo.BASE_URL + url), url);
            Path svg = page.resolveSibling(PrintQrCodes.FILE_NAME);
            assertEquals(BakedDemo.BASE_URL + url, decode(Files.readString(svg)), url);
            checked++;
        }
        assertTrue(checked >= 30, checked + " pages");
    }

    @Test
    void printBlockIsHiddenOnScreenAndShownInPrint() throws Exception {
        String css = Files.readString(BakedDemo.output().resolve("css/loa.css"));
        assertTrue(css.contains(".print-qr{display:none}"));
        assertTrue(Pattern.compile("@media print\\{[^@]*\\.print-qr\\{display:flex").matcher(css).find());
    }

    /** Draws the SVG's unit squares into a bitmap and reads it with ZXing's decoder. */
    static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), "viewBox");
        int size = Integer.parseInt(box.group(1)) * SCALE;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xffffffff);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x0 = Integer.parseInt(module.group(1)) * SCALE;
            int y0 = Integer.parseInt(module.group(2)) * SCALE;
            int width = Integer.parseInt(module.group(3)) * SCALE;
            for (int y = y0; y < y0 + SCALE; y++) {
                for (int x = x0; x < x0 + width; x++) {
                    pixels[y * size + x] = 0xff000000;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
