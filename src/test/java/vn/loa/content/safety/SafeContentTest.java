package vn.loa.content.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.TestSites;

/** What the safety rules still allow: includes from content/_includes/, the click-to-load video block, own-host URLs. */
class SafeContentTest {
    @TempDir
    Path dir;

    @Test
    void includesFromTheIncludesFolderWorkAndAreNeverPublished() throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/_includes/loi-nhac.adoc", """
            Gọi 111 nếu trẻ em gặp nguy hiểm.

            // tag::ngan[]
            Đoạn ngắn được chọn.
            // end::ngan[]
            Đoạn không được chọn.
            """);
        TestSites.write(site, "content/_includes/ghi-chu.txt", "Ghi chú nội bộ không được đăng.\n");
        TestSites.write(site, "content/bai-viet/co-chen.adoc", """
            = Bài có đoạn chèn
            :jbake-type: post
            :jbake-status: published
            :jbake-date: 2026-11-16

            Mở đầu.

            include::../_includes/loi-nhac.adoc[lines=1]

            include::../_includes/loi-nhac.adoc[tag=ngan]
            """);
        Path out = dir.resolve("out");
        TestSites.bake(site, out);
        String page = Files.readString(out.resolve("bai-viet/bai-co-doan-chen/index.html"));
        assertTrue(page.contains("Gọi 111 nếu trẻ em gặp nguy hiểm."), page);
        assertTrue(page.contains("Đoạn ngắn được chọn."), page);
        assertFalse(page.contains("Đoạn không được chọn."), page);
        assertFalse(Files.exists(out.resolve("_includes")), "include pieces are never published");
        try (var walk = Files.walk(out)) {
            assertTrue(walk.noneMatch(p -> p.toString().contains("ghi-chu")), "no file of _includes/ reaches the site");
        }
    }

    @Test
    void videoBlockIsAPlainLinkWithALocalPoster() throws IOException {
        Path site = TestSites.emptySite(dir.resolve("site"));
        TestSites.write(site, "content/bai-viet/video.md", """
            title=Bài có video
            date=2026-11-16
            type=post
            status=published
            ~~~~~~

            [![Video: Ngày hội gia đình](/images/dia-chi-tin-cay.svg)](https://www.youtube.com/watch?v=abc123)
            """);
        Path out = dir.resolve("out");
        TestSites.bake(site, out);
        Element link = Jsoup.parse(Files.readString(out.resolve("bai-viet/bai-co-video/index.html")))
            .selectFirst("a.video-link");
        assertEquals("https://www.youtube.com/watch?v=abc123", link.attr("href"));
        assertEquals("noopener noreferrer", link.attr("rel"));
        assertEquals("Xem video trên YouTube", link.selectFirst(".video-link-label").text());
        assertTrue(link.selectFirst("img").attr("src").endsWith("/images/dia-chi-tin-cay.svg"));
    }

    @Test
    void ownHostAndDataAddressesAreNotElsewhere() {
        String host = "https://binhdanggioi.songlam.gov.vn";
        assertFalse(ExternalResources.isElsewhere(host + "/images/a.png", host));
        assertFalse(ExternalResources.isElsewhere("/images/a.png", host));
        assertFalse(ExternalResources.isElsewhere("data:image/png;base64,AAAA", host));
        assertTrue(ExternalResources.isElsewhere("https://binhdanggioi.songlam.gov.vn.example.org/a.png", host));
        assertTrue(ExternalResources.isElsewhere("//cdn.example.org/a.png", host));
        assertTrue(ExternalResources.isElsewhere("file:///etc/passwd", host));
        assertEquals(List.of(), ExternalResources.in("<a href=\"https://example.org/\">liên kết</a>", host),
            "a plain link loads nothing");
    }

    @Test
    void depthCountsQuotesListsAndTheirIndentation() {
        assertEquals(0, ContentLimits.markdownDepth("Một đoạn văn."));
        assertEquals(0, ContentLimits.markdownDepth("        mã thụt lề"));
        assertEquals(3, ContentLimits.markdownDepth("> > > trích"));
        assertEquals(2, ContentLimits.markdownDepth("  - mục con"));
        assertEquals(4, ContentLimits.markdownDepth("> - > 1. lồng"));
    }
}
