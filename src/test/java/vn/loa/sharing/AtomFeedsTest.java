package vn.loa.sharing;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site feed and the per-tag feeds are valid Atom (RFC 4287 required elements) and pages link to them. */
class AtomFeedsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void everyFeedHasTheElementsAtomRequires() throws Exception {
        List<Path> feeds = feeds();
        assertTrue(feeds.size() > 5, feeds.toString());
        for (Path file : feeds) {
            String name = BakedDemo.output().relativize(file).toString();
            Element feed = parse(file).getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI(), name);
            assertEquals("feed", feed.getLocalName(), name);
            assertEquals("vi", feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang"), name);
            String id = one(feed, "id", name);
            assertTrue(id.startsWith(BakedDemo.BASE_URL + "/"), name + " id " + id);
            assertFalse(one(feed, "title", name).isBlank(), name);
            OffsetDateTime.parse(one(feed, "updated", name));
            assertEquals(BakedDemo.BASE_URL + "/" + name, link(feed, "self", name));
            boolean feedAuthor = !children(feed, "author").isEmpty();
            List<Element> entries = children(feed, "entry");
            assertFalse(entries.isEmpty(), name);
            for (Element entry : entries) {
                String entryId = one(entry, "id", name);
                assertFalse(one(entry, "title", name).isBlank(), entryId);
                OffsetDateTime.parse(one(entry, "updated", name));
                String alternate = link(entry, "alternate", entryId);
                assertTrue(Files.isRegularFile(BakedDemo.output().resolve(alternate.substring(BakedDemo.BASE_URL.length() + 1) + "index.html")), alternate);
                assertTrue(feedAuthor || !children(entry, "author").isEmpty(), entryId + " needs an author");
            }
        }
    }

    @Test
    void everyPageLinksTheSiteFeedAndTagPagesTheirOwn() {
        for (Path page : BakedDemo.htmlPages()) {
            Document doc = BakedDemo.parse(page);
            String url = BakedDemo.urlOf(page);
            List<String> feeds = doc.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href");
            assertTrue(feeds.contains("/feed.xml"), url);
            if (url.matches("/chu-de/[^/]+/")) {
                assertTrue(feeds.contains(url + "feed.xml"), url + " " + feeds);
                assertTrue(Files.isRegularFile(page.resolveSibling("feed.xml")), url);
            }
        }
    }

    private static List<Path> feeds() throws Exception {
        try (Stream<Path> walk = Files.walk(BakedDemo.output())) {
            return walk.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
    }

    private static org.w3c.dom.Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String one(Element parent, String name, String where) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), where + ": exactly one atom:" + name);
        return found.get(0).getTextContent().strip();
    }

    private static String link(Element parent, String rel, String where) {
        Element link = children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).findFirst().orElse(null);
        assertNotNull(link, where + ": link rel=" + rel);
        return link.getAttribute("href");
    }
}
