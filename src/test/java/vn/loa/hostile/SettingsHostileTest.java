package vn.loa.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and careless settings: phone numbers in the support directory (issue #16 item 3) and site.host in
 * jbake.properties (item 8). Each refused case asserts a non-zero exit, the file and line, the value as the
 * officer wrote it, no stack trace, and the previous site byte for byte.
 */
class SettingsHostileTest {
    private static final String SUPPORT = "data/ho-tro.yml";
    private static final String SETTINGS = "jbake.properties";
    private static final String HOST_LINE = "site.host=https://binhdanggioi.songlam.gov.vn";

    @TempDir
    Path dir;

    // --- phone numbers -------------------------------------------------------------------------------

    @Test
    void bareOctalLookingLandlineIsRefusedQuotingWhatWasWritten() {
        phone("\"0231 3 852 468\"", "02437654321").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"0231 3 852 468\""),
            "Số điện thoại 02437654321 chưa đặt trong ngoặc kép", "number: \"02437654321\"");
    }

    @Test
    void bareShortCodeIsRefused() {
        phone("\"113\"", "113").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"113\""), "Số điện thoại 113 chưa đặt trong ngoặc kép");
    }

    @Test
    void bareMobileThatYamlReadsAsADecimalIsRefused() {
        phone("\"0231 3 852 470\"", "0912345678").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"0231 3 852 470\""),
            "0912345678 chưa đặt trong ngoặc kép");
    }

    @Test
    void bareNumberWithSpacesIsRefusedToo() {
        phone("\"1900 969 680\"", "1900 969 680").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"1900 969 680\""),
            "1900 969 680 chưa đặt trong ngoặc kép");
    }

    @Test
    void bareNumberWithUnderscoresIsRefused() {
        phone("\"1800 1768\"", "1800_1768").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"1800 1768\""), "ngoặc kép");
    }

    @Test
    void letterOInsteadOfZeroIsRefused() {
        phone("\"0231 3 852 471\"", "\"O231 3 852 471\"").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"0231 3 852 471\""),
            "O231 3 852 471", "chữ cái");
    }

    @Test
    void lettersInAHotlineAreRefused() {
        phone("\"1900 969 680\"", "\"1900 LOA 680\"").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"1900 969 680\""), "chữ cái");
    }

    @Test
    void landlineMissingADigitIsRefused() {
        phone("\"0231 3 852 468\"", "\"0231 3 852 46\"").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"0231 3 852 468\""),
            "0231 3 852 46", "không đúng dạng số điện thoại Việt Nam");
    }

    @Test
    void mobileWithAnUnusedPrefixIsRefused() {
        phone("\"0231 3 852 470\"", "\"0612 345 678\"").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"0231 3 852 470\""),
            "không đúng dạng");
    }

    @Test
    void unknownShortCodeIsRefused() {
        phone("\"113\"", "\"118\"").refused(SUPPORT + ", dòng " + line(SUPPORT, "number: \"113\""), "\"118\"", "không đúng dạng");
    }

    @Test
    void bareNumberInTheProvincesOwnFileNamesThatFile() {
        HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, "tuy-bien/data/ho-tro.yml", """
            # các nơi hỗ trợ của tỉnh
            local:
              - name: Trung tâm Công tác xã hội tỉnh
                number: 02437654321
                free: false
            """)).refused("tuy-bien/data/ho-tro.yml, dòng 4", "02437654321 chưa đặt trong ngoặc kép");
    }

    @Test
    void sameNumberWrittenNationallyAndWithPlus84IsOneNumberWrittenTwice() {
        phone("\"0231 3 852 470\"", "\"+84 231 3 852 468\"").refused(SUPPORT, "được ghi hai lần");
    }

    @Test
    void everyAcceptedFormIsShownExactlyAsWrittenAndDialledByItsDigits() throws IOException {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        replace(site, SUPPORT, "\"0231 3 852 468\"", "\"+84 231 3 852 469\"");
        replace(site, SUPPORT, "\"0231 3 852 470\"", "\"0912.345.678\"");
        replace(site, SUPPORT, "\"0231 3 852 471\"", "\"024-3765-4321\"");
        HostileBuild.Run run = HostileBuild.build(site, dir.resolve("out"));
        assertEquals(0, run.exit(), run.all());
        Document page = Jsoup.parse(dir.resolve("out/ho-tro/index.html").toFile(), "UTF-8");
        for (List<String> shown : List.of(List.of("+84 231 3 852 469", "tel:+842313852469"),
            List.of("0912.345.678", "tel:0912345678"), List.of("024-3765-4321", "tel:02437654321"),
            List.of("1900 969 680", "tel:1900969680"), List.of("111", "tel:111"))) {
            var link = page.selectFirst("a[href=" + shown.get(1) + "]");
            assertNotNull(link, shown.toString());
            assertEquals("Gọi " + shown.get(0), link.text());
        }
    }

    // --- site.host -----------------------------------------------------------------------------------

    @Test
    void missingHostIsRefusedNamingTheSetting() {
        host("").refused(SETTINGS + ": Thiếu dòng site.host", "https://");
    }

    @Test
    void blankHostIsRefusedWithItsLine() {
        host("site.host=").refused(SETTINGS + ", dòng 5", "site.host còn trống");
    }

    @Test
    void blankHostOfSpacesIsRefused() {
        host("site.host =   ").refused(SETTINGS + ", dòng 5", "còn trống");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://binhdanggioi.songlam.gov.vn", "HTTP://binhdanggioi.songlam.gov.vn/"})
    void plainHttpHostIsRefused(String value) {
        host("site.host=" + value).refused(SETTINGS + ", dòng 5", "dùng http://", "https://");
    }

    @Test
    void hostWithoutSchemeIsRefused() {
        host("site.host=binhdanggioi.songlam.gov.vn").refused(SETTINGS + ", dòng 5", "thiếu phần https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://binhdanggioi.songlam.gov.vn/index.html", "https://binhdanggioi.songlam.gov.vn/?trang=1",
        "https://binhdanggioi.songlam.gov.vn/#dau-trang", "https://binhdanggioi.songlam.gov.vn//bai-viet"})
    void hostWithAPageOrQueryIsRefused(String value) {
        host("site.host=" + value).refused(SETTINGS + ", dòng 5", "không phải gốc của trang web");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://www.jbake.org", "https://www.jbake.org/", "https://example.com"})
    void defaultOrExampleHostIsRefused(String value) {
        host("site.host=" + value).refused(SETTINGS + ", dòng 5", "địa chỉ mẫu");
    }

    @Test
    void hostWithASpaceIsRefused() {
        host("site.host=https://binh dang gioi.gov.vn").refused(SETTINGS + ", dòng 5", "có dấu cách");
    }

    @Test
    void ftpHostIsRefused() {
        host("site.host=ftp://binhdanggioi.songlam.gov.vn").refused(SETTINGS + ", dòng 5", "không phải địa chỉ trang web");
    }

    @Test
    void hostWithCredentialsIsRefused() {
        host("site.host=https://admin:matkhau@binhdanggioi.songlam.gov.vn").refused(SETTINGS + ", dòng 5", "tên miền");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ten.github.io/kho-loa", "http://127.0.0.1:8820", "http://localhost:8820/loa/"})
    void projectSubPathAndLocalAddressesAreAccepted(String value) throws IOException {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        replace(site, SETTINGS, HOST_LINE, "site.host=" + value);
        HostileBuild.Run run = HostileBuild.build(site, dir.resolve("out"));
        assertEquals(0, run.exit(), run.all());
        String base = value.replaceAll("/$", "");
        assertTrue(Files.readString(dir.resolve("out/sitemap.xml")).contains("<loc>" + base + "/</loc>"), base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "site.host=https://ten.github.io/kho-loa"})
    void thePreviewUsesItsOwnAddressKeepingTheSubPath(String hostLine) throws Exception {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        replace(site, SETTINGS, HOST_LINE, hostLine);
        Path out = dir.resolve("preview");
        vn.loa.build.SiteBuild.standard(vn.loa.build.BuildOptions.of(site, out).withDrafts(true).withCacheDir(null))
            .withPreviewHost("http://127.0.0.1:8899").run();
        String expected = "http://127.0.0.1:8899" + (hostLine.isEmpty() ? "" : "/kho-loa") + "/";
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("<loc>" + expected), expected);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private HostileBuild.Outcome phone(String written, String replacement) {
        return HostileBuild.rebuildAfter(dir, site -> replace(site, SUPPORT, "number: " + written, "number: " + replacement));
    }

    private HostileBuild.Outcome host(String replacement) {
        return HostileBuild.rebuildAfter(dir, site -> replace(site, SETTINGS, HOST_LINE, replacement));
    }

    /** The 1-based line of the fixture file where {@code needle} first appears (the line a message must name). */
    private static int line(String relative, String needle) {
        try {
            List<String> lines = Files.readAllLines(vn.loa.build.TestSites.FIXTURE.resolve(relative));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(needle + " not in " + relative);
    }

    private static void replace(Path site, String relative, String from, String to) {
        try {
            Path file = site.resolve(relative);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), from + " not in " + relative);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
