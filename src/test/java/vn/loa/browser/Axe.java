package vn.loa.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * axe-core (from its Maven Central webjar) injected into the page, run with the WCAG 2.1 A and AA
 * rules only.
 */
public final class Axe {
    /** The webjar's version, as pinned in pom.xml (axe-core.version). */
    public static final String VERSION = webjarVersion();
    private static final String SOURCE = load();

    private Axe() {
    }

    /** The violations on the loaded page, one readable block each; empty when axe finds none. */
    public static List<String> violations(ChromeSession browser) {
        browser.js(SOURCE + "\n;return true;");
        List<Map<String, Object>> found = browser.jsAsync("""
            var done = arguments[arguments.length - 1];
            axe.run(document, {
              runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
              resultTypes: ['violations']
            }).then(function (r) {
              done(r.violations.map(function (v) {
                return {id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.map(function (n) {
                  return n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')
                    + ' :: ' + n.html.slice(0, 160);
                })};
              }));
            }, function (e) { done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]); });
            """);
        return found.stream().map(Axe::describe).toList();
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> v) {
        List<String> nodes = (List<String>) v.get("nodes");
        return v.get("id") + " (" + v.get("impact") + "): " + v.get("help")
            + nodes.stream().map(n -> "\n      - " + n).collect(Collectors.joining());
    }

    private static String webjarVersion() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the axe-core webjar (org.webjars.npm:axe-core) is not on the test class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        String path = "/META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
        try (InputStream in = Axe.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar " + VERSION + " is not on the test class path (" + path + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
