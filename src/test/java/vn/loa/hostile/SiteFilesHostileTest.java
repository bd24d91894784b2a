package vn.loa.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.hostile.HostileContent.MD_BODY_LINE;
import static vn.loa.hostile.HostileContent.bytes;
import static vn.loa.hostile.HostileContent.link;
import static vn.loa.hostile.HostileContent.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile site files: symbolic links in every folder a build reads (to a file, to a folder outside the site,
 * into a loop), empty and broken images wherever a page can use one, and pages whose address is one Loa makes.
 */
class SiteFilesHostileTest {
    private static final String PAGE = "content/trang/trang-thu.md";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "content/bai-viet/lien-ket.md, /etc/hostname",
        "content/anh-he-thong, /etc/ssl",
        "assets/images/he-thong, /etc",
        "assets/css/ngoai.css, /etc/passwd",
        "data/ngoai.yml, /etc/passwd",
        "templates/partials/ngoai.ftl, /etc/hostname",
        "checker/rules/ngoai.yml, /etc/passwd",
    })
    void linkOutOfTheSiteIsRefusedByName(String linkPath, String target) {
        HostileBuild.rebuildAfter(dir, site -> link(site.resolve(linkPath), Path.of(target)))
            .refused(linkPath, "liên kết (symlink)", target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/vong", "assets/images/vong", "data/vong", "templates/vong", "checker/vong"})
    void linkLoopIsRefusedWithoutHanging(String linkPath) {
        HostileBuild.rebuildAfter(dir, site -> link(site.resolve(linkPath), Path.of("..")))
            .refused(linkPath, "liên kết (symlink)", "lặp vòng");
    }

    @Test
    void linkToAFileInsideTheSiteIsRefusedToo() {
        HostileBuild.rebuildAfter(dir, site -> link(site.resolve("content/bai-viet/ban-sao.md"), Path.of("cau-lac-bo.md")))
            .refused("content/bai-viet/ban-sao.md", "liên kết (symlink)");
    }

    @Test
    void optInAllowsALinkToAFileInsideTheSiteButNeverToAFolder() throws IOException {
        Path site = HostileBuild.goodSite(dir.resolve("site"));
        Path out = dir.resolve("out");
        Files.writeString(site.resolve("jbake.properties"), "\nloa.symlinks=inside\n",
            StandardOpenOption.APPEND);
        link(site.resolve("assets/images/ban-sao.svg"), Path.of("dia-chi-tin-cay.svg"));
        HostileBuild.Run allowed = HostileBuild.build(site, out);
        assertEquals(0, allowed.exit(), allowed::all);
        assertTrue(Files.isRegularFile(out.resolve("images/ban-sao.svg")));
        link(site.resolve("assets/images/vong"), Path.of(".."));
        link(site.resolve("content/ngoai.md"), Path.of("/etc/hostname"));
        HostileBuild.Run refused = HostileBuild.build(site, out);
        assertNotEquals(0, refused.exit());
        for (String named : new String[] {"assets/images/vong", "content/ngoai.md"}) {
            assertTrue(refused.all().contains(named), refused::all);
        }
    }

    // --- images ---

    @ParameterizedTest
    @ValueSource(strings = {"rong.png", "rong.jpg", "rong.svg", "rong.webp"})
    void emptyCoverImageIsRefusedByName(String name) {
        HostileBuild.rebuildAfter(dir, site -> {
            bytes(site.resolve("assets/images/" + name), new byte[0]);
            HostileBuild.write(site, "content/bai-viet/bia.md", markdown("Đoạn.")
                .replace("tags=gia đình", "tags=gia đình\ncover=/images/" + name + "\ncover-alt=Ảnh bìa"));
        }).refused("assets/images/" + name, "tệp rỗng (0 byte)");
    }

    @Test
    void corruptBodyImageIsRefusedByName() {
        HostileBuild.rebuildAfter(dir, site -> {
            bytes(site.resolve("assets/images/hong.jpg"), "không phải ảnh JPEG".repeat(50).getBytes());
            HostileBuild.write(site, "content/bai-viet/anh.md", markdown("![Ảnh hỏng](/images/hong.jpg)"));
        }).refused("assets/images/hong.jpg", "bị hỏng");
    }

    @Test
    void truncatedPngInAssetsIsRefusedEvenUnused() {
        HostileBuild.rebuildAfter(dir, site -> {
            byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
            bytes(site.resolve("assets/images/cat-do.png"), java.util.Arrays.copyOf(png, 40));
        }).refused("assets/images/cat-do.png", "bị hỏng");
    }

    @Test
    void brokenSvgIsRefusedByName() {
        HostileBuild.rebuildAfter(dir, site -> bytes(site.resolve("assets/images/hong.svg"), "<html>không phải SVG</html>".getBytes()))
            .refused("assets/images/hong.svg", "không phải là ảnh SVG");
    }

    @Test
    void brokenImageBesideContentIsRefusedByName() {
        HostileBuild.rebuildAfter(dir, site -> bytes(site.resolve("content/bai-viet/anh-ben.png"), new byte[] {1, 2, 3}))
            .refused("content/bai-viet/anh-ben.png", "bị hỏng");
    }

    // --- addresses Loa makes itself ---

    @ParameterizedTest
    @ValueSource(strings = {"ho-tro", "lich", "chu-de", "luu-tru", "bai-viet", "infographic", "tim-kiem", "sitemap", "css", "images"})
    void pageSlugTakingAGeneratedAddressIsRefusedWithItsLine(String slug) {
        HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, PAGE, """
            title=Trang thử
            date=2026-11-16
            type=page
            status=published
            slug=%s
            ~~~~~~

            Nội dung.
            """.formatted(slug))).refused(PAGE, "dòng 5", "/" + slug + "/", "Loa tự tạo");
    }

    @Test
    void pageTitledLikeTheSupportPageIsRefusedAtTheTitle() {
        HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, PAGE, """
            title=Hỗ trợ
            date=2026-11-16
            type=page
            status=published
            ~~~~~~

            Nội dung.
            """)).refused(PAGE, "dòng 1", "/ho-tro/", "slug=");
    }

    @Test
    void twoFilesWithOneAddressAreBothNamed() {
        HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, "content/bai-viet/ban-khac.md",
                HostileBuild.GOOD_ARTICLE.replace("tags=", "slug=xa-an-phu-ra-mat-cau-lac-bo-gia-dinh-hanh-phuc\ntags=")))
            .refused("content/bai-viet/cau-lac-bo.md, dòng 1", "content/bai-viet/ban-khac.md (dòng 5)");
    }

    @Test
    void slugShapedLikeAGeneratedFileIsRefusedWithItsLine() {
        HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, PAGE, """
            title=Trang thử
            date=2026-11-16
            type=page
            status=published
            slug=feed.xml
            ~~~~~~

            Nội dung.
            """)).refused(PAGE, "dòng 5", "feed.xml", "không hợp lệ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src='https://cdn.example.org/a.jpg' alt='Ảnh'>", "<img src=//cdn.example.org/a.jpg alt=Ảnh>"})
    void rawHtmlImageFromAnotherHostIsRefusedWhateverTheQuoting(String html) {
        HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, "content/bai-viet/anh-xa.md", markdown("Đoạn.\n\n" + html)))
            .refused("content/bai-viet/anh-xa.md", "dòng " + (MD_BODY_LINE + 2), "máy chủ khác");
    }

    @Test
    void markdownBodyImageFromAnotherHostIsRefused() {
        HostileBuild.rebuildAfter(dir, site -> HostileBuild.write(site, "content/bai-viet/anh-xa.md",
                markdown("![Ảnh](https://cdn.example.org/a.jpg)")))
            .refused("content/bai-viet/anh-xa.md", "dòng " + MD_BODY_LINE, "máy chủ khác");
    }
}
