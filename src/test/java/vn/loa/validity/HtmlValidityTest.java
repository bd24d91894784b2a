package vn.loa.validity;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.BuildOptions;
import vn.loa.build.SiteBuild;
import vn.loa.build.TestSites;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page Loa bakes from the fixture site is valid HTML5 according to the Nu Html Checker (the engine behind
 * validator.w3.org/nu), run in-process; every feed and the sitemap are well-formed XML. Errors fail the test with
 * file, line and message; the checker's warnings are printed for a human to weigh.
 */
class HtmlValidityTest {
    private static final String TODAY_PROPERTY = "loa.today";

    @TempDir
    static Path dir;
    static Path out;
    static String siteHost;
    private static String previousToday;

    @BeforeAll
    static void bakeDemoSite() throws IOException {
        // A fixed "today" so the calendar's upcoming/past split, and so the pages checked, do not drift.
        previousToday = System.setProperty(TODAY_PROPERTY, "2026-11-20");
        Path site = TestSites.demoSite(dir.resolve("site"));
        // Two sample articles using every formatting an officer is likely to reach for, in AsciiDoc and Markdown,
        // so converted content is checked beyond what the demo articles happen to use.
        TestSites.copyTree(TestSites.REPO.resolve("src/test/resources/validity/content"), site.resolve("content"));
        out = dir.resolve("public");
        siteHost = SiteValidity.siteHost(site);
        SiteBuild.standard(BuildOptions.of(site, out).withCacheDir(null).withChecker(false)).run();
    }

    @AfterAll
    static void restoreToday() {
        if (previousToday == null) {
            System.clearProperty(TODAY_PROPERTY);
        } else {
            System.setProperty(TODAY_PROPERTY, previousToday);
        }
    }

    @Test
    void everyBakedPageIsValidHtml5() throws Exception {
        assertFalse(SiteValidity.filesEndingWith(out, ".html").isEmpty(), "the bake produced no HTML pages");
        List<String> errors = SiteValidity.htmlErrors(out, siteHost);
        assertTrue(errors.isEmpty(), errors.size() + " HTML error(s):\n" + String.join("\n", errors));
    }

    @Test
    void feedsAndSitemapAreWellFormedXml() throws Exception {
        List<Path> xmlFiles = SiteValidity.filesEndingWith(out, ".xml");
        assertTrue(xmlFiles.stream().anyMatch(p -> p.getFileName().toString().equals("sitemap.xml")), "no sitemap.xml");
        assertTrue(xmlFiles.stream().anyMatch(p -> p.toString().contains("feed")), "no Atom feed");
        List<String> errors = SiteValidity.xmlErrors(out);
        assertTrue(errors.isEmpty(), "XML not well-formed:\n" + String.join("\n", errors));
    }
}
