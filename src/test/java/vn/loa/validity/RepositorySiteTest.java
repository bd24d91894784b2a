package vn.loa.validity;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.BuildOptions;
import vn.loa.build.BuildProblems;
import vn.loa.build.DataFiles;
import vn.loa.build.SiteBuild;
import vn.loa.build.TestSites;
import vn.loa.support.SupportDirectory;
import vn.loa.weight.PageWeight;
import vn.loa.weight.PageWeights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site in this repository, whatever it holds: the demo, or a province's own content after a fork. Only what
 * must hold for ANY site is checked here (no slug, count, host or title of the demo): the bake passes with the
 * checker gate on, every page is valid HTML, nothing loads from or points to another host, every page is within
 * the phone budget, pages about violence carry the safety features, feeds and sitemap are well formed.
 * Everything else is tested on the fixture site ({@link TestSites#FIXTURE}).
 */
class RepositorySiteTest {
    @TempDir
    static Path dir;
    static Path out;
    static String host;

    @BeforeAll
    static void bakeTheRepository() throws Exception {
        out = dir.resolve("public");
        host = SiteValidity.siteHost(TestSites.REPO);
        // With the checker: a finding at the site's blocking level fails the bake, so passing means the gate is clean.
        SiteBuild.standard(BuildOptions.of(TestSites.REPO, out).withCacheDir(null)).run();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> errors = SiteValidity.htmlErrors(out, host);
        assertTrue(errors.isEmpty(), errors.size() + " HTML error(s):\n" + String.join("\n", errors));
    }

    @Test
    void feedsAndSitemapAreWellFormed() throws Exception {
        assertTrue(Files.isRegularFile(out.resolve("sitemap.xml")) && Files.isRegularFile(out.resolve("feed.xml")));
        List<String> errors = SiteValidity.xmlErrors(out);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void nothingLoadsFromAnotherHostAndEveryAddressIsTheSitesOwn() throws Exception {
        assertTrue(host.startsWith("https://"), "site.host must be the public https address: " + host);
        List<String> faults = new ArrayList<>();
        for (Path page : SiteValidity.filesEndingWith(out, ".html")) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String name = out.relativize(page).toString();
            for (Element el : doc.select("script[src], link[href][rel~=(stylesheet|icon|preload|manifest)], img[src], "
                + "img[srcset], source, iframe, video, audio, track, object, embed")) {
                for (String url : List.of(el.attr("src"), el.attr("href"), el.attr("srcset"), el.attr("data"))) {
                    if (url.matches("(?i)\\s*(https?:)?//.*") && !url.startsWith(host + "/")) {
                        faults.add(name + " loads " + url);
                    }
                }
            }
            for (Element el : doc.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("content");
                if (!url.startsWith(host + "/")) {
                    faults.add(name + " names " + url + " as its own address");
                }
            }
        }
        for (Path xml : SiteValidity.filesEndingWith(out, ".xml")) {
            String text = Files.readString(xml);
            for (String stranger : List.of("127.0.0.1", "localhost", "jbake.org")) {
                if (text.contains(stranger)) {
                    faults.add(out.relativize(xml) + " points to " + stranger);
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /** Print views (an infographic's A4/A5 sheets) are printed, not read on a phone: they are left out. */
    @Test
    void everyPageIsWithinThePhoneBudget() throws Exception {
        List<String> over = new PageWeights(out).measureAll().stream().filter(w -> !w.withinBudget())
            .filter(w -> !isPrintView(out.resolve(w.page())))
            .map(w -> w.page() + " " + w.total() + " B, critical CSS in the first 14 KB: " + w.criticalInFirst14k()).toList();
        assertTrue(over.isEmpty(), "over " + PageWeight.TOTAL_BUDGET + " B: " + over);
    }

    private static boolean isPrintView(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8").body().hasClass("print-view");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pagesAboutViolenceCarryTheSupportBoxAndQuickExit() throws Exception {
        SupportDirectory directory = SupportDirectory.fromSiteData(DataFiles.read(TestSites.REPO.resolve("data"), vn.loa.build.Overrides.data(TestSites.REPO),
            new BuildProblems(TestSites.REPO))).orElseThrow();
        for (Path page : SiteValidity.filesEndingWith(out, ".html")) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            if (doc.selectFirst("article.article") == null || page.endsWith("ho-tro/index.html")) {
                continue;
            }
            if (directory.isAboutViolence(doc.select("section.tags .tag-list a").eachText())) {
                String name = out.relativize(page).toString();
                assertTrue(doc.selectFirst("aside.support-box") != null, name + " support box");
                assertTrue(doc.selectFirst("a.quick-exit-link[data-quick-exit]") != null, name + " quick exit");
                assertEquals("no-referrer", doc.selectFirst("meta[name=referrer]").attr("content"), name);
            }
        }
        Document support = Jsoup.parse(out.resolve("ho-tro/index.html").toFile(), "UTF-8");
        for (String number : directory.numbers()) {
            assertTrue(support.text().contains(number), "the support page shows " + number + " as written");
        }
    }
}
