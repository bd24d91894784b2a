package vn.loa.scaffold;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.BuildResult;
import vn.loa.build.SiteFeatures;
import vn.loa.content.ContentTypes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft is never published by {@code build}, and the preview (drafts build) shows it with the
 * "BẢN NHÁP" flag. Every skeleton {@code loa new} writes must bake as it is, so an officer can
 * preview straight away.
 */
class DraftPublishingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private static final String PUBLISHED = """
        title=Ngày hội gia đình bình đẳng
        date=2026-11-10
        type=post
        status=published
        ~~~~~~

        Bài đã đăng.
        """;

    @TempDir
    Path dir;

    @Test
    void draftIsAbsentFromTheBuildAndMarkedInThePreview() throws Exception {
        TestSite site = TestSite.in(dir);
        site.write("content/bai-viet/ngay-hoi.md", PUBLISHED);
        Scaffolder.Created draft = new Scaffolder(site.root)
            .create(ContentKind.POST, "Bản thảo chưa duyệt về tảo hôn", ScaffoldFormat.ASCIIDOC, TODAY);

        BuildResult published = site.build(false);
        assertTrue(site.hasPage("/bai-viet/ngay-hoi-gia-dinh-binh-dang/"));
        assertFalse(site.hasPage(draft.url()), "the draft's page must not be built");
        assertFalse(site.allHtml().contains("Bản thảo chưa duyệt"), "no list, feed or sitemap may name the draft");
        assertFalse(site.allHtml().contains(draft.url()));
        assertTrue(published.countsByType().values().stream().mapToInt(Integer::intValue).sum() == 1);

        site.build(true);
        String preview = site.page(draft.url());
        assertTrue(preview.contains("Bản thảo chưa duyệt về tảo hôn"));
        assertTrue(preview.contains("BẢN NHÁP"), "the preview marks the draft");
        assertFalse(site.page("/bai-viet/ngay-hoi-gia-dinh-binh-dang/").contains("BẢN NHÁP"));
    }

    @Test
    void everySkeletonBakesAsADraftPreview() throws Exception {
        ContentTypes types = ContentTypes.basic();
        SiteFeatures.all().forEach(f -> f.registerTypes(types));
        TestSite site = TestSite.in(dir);
        int made = 0;
        for (ContentKind kind : ContentKind.values()) {
            // Events and infographics exist only once their features are registered.
            if (types.find(kind.type()).isEmpty()) {
                continue;
            }
            for (ScaffoldFormat format : ScaffoldFormat.values()) {
                Scaffolder.Created created = new Scaffolder(site.root)
                    .create(kind, "Mẫu " + kind.label() + " " + format.extension(), format, TODAY);
                made++;
                site.build(true);
                String html = site.page(created.url());
                assertTrue(html.contains("Mẫu " + kind.label()), created.url());
                String visible = Jsoup.parse(html).text();
                assertFalse(visible.contains("GHI CHÚ") || visible.contains("docs/huong-dan"),
                    "notes for the writer stay out of the visible page: " + created.url());
            }
        }
        assertTrue(made >= 4);
        site.build(false);
        assertFalse(site.allHtml().contains("Mẫu "), "skeletons are drafts: never published");
    }
}
