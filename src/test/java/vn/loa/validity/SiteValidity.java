package vn.loa.validity;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

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

/**
 * Validity checks that hold for any baked Loa site: every page valid HTML5 by the Nu Html Checker (the engine
 * behind validator.w3.org/nu, run in-process), every feed and the sitemap well-formed XML.
 */
final class SiteValidity {
    /** The checker's full HTML schema (HTML + SVG + MathML + ARIA), as its command-line client uses by default. */
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private SiteValidity() {
    }

    /** HTML errors as "file:line:column: message"; the checker's warnings are printed for a human to weigh. */
    static List<String> htmlErrors(Path out, String siteHost) throws Exception {
        Problems problems = new Problems();
        // One checker for all pages: loading the schema is the slow part, checking a page is quick.
        SimpleDocumentValidator checker = new SimpleDocumentValidator(false, false, false);
        checker.setUpMainSchema(HTML5_SCHEMA, new DefaultHandler());
        checker.setUpValidatorAndParsers(problems, true, false);
        for (Path page : filesEndingWith(out, ".html")) {
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
        return problems.errors;
    }

    /** Well-formedness errors of every .xml file (feeds, sitemap) as "file:line: message". */
    static List<String> xmlErrors(Path out) throws IOException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> errors = new ArrayList<>();
        for (Path file : filesEndingWith(out, ".xml")) {
            String name = out.relativize(file).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.newSAXParser().parse(in, new DefaultHandler());
            } catch (SAXParseException e) {
                errors.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
            } catch (SAXException | ParserConfigurationException e) {
                errors.add(name + ": " + e.getMessage());
            }
        }
        return errors;
    }

    /** The site's public address from its jbake.properties, without a trailing slash. */
    static String siteHost(Path site) throws IOException {
        Properties config = new Properties();
        try (Reader in = Files.newBufferedReader(site.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        return config.getProperty("site.host").replaceAll("/+$", "");
    }

    static List<Path> filesEndingWith(Path out, String suffix) throws IOException {
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
