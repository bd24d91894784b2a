package vn.loa.validity;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import vn.loa.build.BuildOptions;
import vn.loa.build.SiteBuild;
import vn.loa.build.TestSites;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page Loa bakes from the demo site is valid HTML5 according to the Nu Html Checker (the engine behind
 * validator.w3.org/nu), run in-process; every feed and the sitemap are well-formed XML. Errors fail the test with
 * file, line and message; the checker's warnings are printed for a human to weigh.
 */
class HtmlValidityTest {
    /** The checker's full HTML schema (HTML + SVG + MathML + ARIA), as its command-line client uses by default. */
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";
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
        siteHost = siteHost(site);
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
        List<Path> pages = filesEndingWith(".html");
        assertFalse(pages.isEmpty(), "the bake produced no HTML pages");

        Problems problems = new Problems();
        // One checker for all pages: loading the schema is the slow part, checking a page is quick.
        SimpleDocumentValidator checker = new SimpleDocumentValidator(false, false, false);
        checker.setUpMainSchema(HTML5_SCHEMA, new DefaultHandler());
        checker.setUpValidatorAndParsers(problems, true, false);
        for (Path page : pages) {
            String relative = out.relativize(page).toString().replace('\\', '/');
            problems.file = relative;
            try (InputStream in = Files.newInputStream(page)) {
                InputSource source = new InputSource(in);
                // The page's public address, so the CSP meta's 'self' means the site's own host (as when served).
                source.setSystemId(siteHost + "/" + relative);
                checker.checkHtmlInputSource(source);
            }
        }

        problems.warnings.forEach(System.out::println);
        assertTrue(problems.errors.isEmpty(), problems.errors.size() + " HTML error(s) in " + pages.size()
            + " pages:\n" + String.join("\n", problems.errors));
    }

    @Test
    void feedsAndSitemapAreWellFormedXml() throws Exception {
        List<Path> xmlFiles = filesEndingWith(".xml");
        assertTrue(xmlFiles.stream().anyMatch(p -> p.getFileName().toString().equals("sitemap.xml")), "no sitemap.xml");
        assertTrue(xmlFiles.stream().anyMatch(p -> p.toString().contains("feed")), "no Atom feed");

        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        List<String> errors = new ArrayList<>();
        for (Path file : xmlFiles) {
            String name = out.relativize(file).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
                factory.newSAXParser().parse(in, new DefaultHandler());
            } catch (SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            } catch (SAXException | ParserConfigurationException e) {
                errors.add(name + ": " + e.getMessage());
            }
        }
        assertTrue(errors.isEmpty(), "XML not well-formed:\n" + String.join("\n", errors));
    }

    private static String siteHost(Path site) throws IOException {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(site.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        return config.getProperty("site.host").replaceAll("/+$", "");
    }

    private static List<Path> filesEndingWith(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Collects the checker's reports as "file:line:column: message", remembering which page is being checked. */
    private static final class Problems implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        String file = "";

        @Override
        public void warning(SAXParseException e) {
            warnings.add("warning: " + describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e) + " (fatal)");
        }

        private String describe(SAXParseException e) {
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
