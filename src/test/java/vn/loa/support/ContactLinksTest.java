package vn.loa.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.TestSites;

/** The footer's contact line: numbers and addresses become tappable, their text stays exactly as written. */
class ContactLinksTest {

    @Test
    void phoneNumbersAndMailAddressesBecomeLinksWithTheirTextAsWritten() {
        assertEquals("Điện thoại: <a href=\"tel:02383000000\">0238 3 000 000</a> · Thư điện tử: "
                + "<a href=\"mailto:binhdanggioi@songlam.gov.vn\">binhdanggioi@songlam.gov.vn</a>.",
            ContactLinks.html("Điện thoại: 0238 3 000 000 · Thư điện tử: binhdanggioi@songlam.gov.vn."));
        assertEquals("Gọi <a href=\"tel:+842437654321\">+84 24 3765 4321</a> hoặc <a href=\"tel:0912.345.678\">0912.345.678</a>"
                .replace("tel:0912.345.678", "tel:0912345678"),
            ContactLinks.html("Gọi +84 24 3765 4321 hoặc 0912.345.678"));
    }

    @Test
    void otherNumbersStayTextAndMarkupIsEscaped() {
        assertEquals("Số 12 Lê Lợi, phòng 305, năm 2026 &lt;b&gt;",
            ContactLinks.html("Số 12 Lê Lợi, phòng 305, năm 2026 <b>"));
        assertEquals("", ContactLinks.html(""));
    }

    @Test
    void theBakedFooterLinksTheUnitsPhoneAndMail(@TempDir Path dir) throws Exception {
        Path site = TestSites.demoSite(dir.resolve("site"));
        TestSites.write(site, "jbake.properties", Files.readString(site.resolve("jbake.properties"))
            .replaceAll("(?m)^loa\\.contact=.*$", "") + "\nloa.contact=Điện thoại: 0238 3 000 000 · Thư điện tử: lienhe@tinh.gov.vn\n");
        Path out = dir.resolve("out");
        TestSites.bake(site, out);
        Element footer = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").selectFirst("footer");
        assertEquals("0238 3 000 000", footer.selectFirst("a[href=tel:02383000000]").text());
        assertEquals("lienhe@tinh.gov.vn", footer.selectFirst("a[href=mailto:lienhe@tinh.gov.vn]").text());
    }
}
