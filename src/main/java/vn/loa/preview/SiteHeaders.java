package vn.loa.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The response headers the site asks its host for, read from the baked site's {@code _headers} file (the format of
 * Netlify and Cloudflare Pages: a path pattern, then indented {@code Name: value} lines), so the preview runs under
 * the same Content-Security-Policy as the published site. Without the file the preview still sends a strict policy.
 */
final class SiteHeaders {
    static final String DEFAULT_CSP = "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self' 'unsafe-inline';"
        + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private record Block(Pattern path, Map<String, String> headers) {
    }

    private final List<Block> blocks;

    private SiteHeaders(List<Block> blocks) {
        this.blocks = blocks;
    }

    static SiteHeaders of(Path siteRoot) {
        Path file = siteRoot.resolve("_headers");
        List<Block> blocks = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try {
                Block current = null;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    if (!Character.isWhitespace(line.charAt(0))) {
                        current = new Block(glob(text), new LinkedHashMap<>());
                        blocks.add(current);
                    } else if (current != null && text.indexOf(':') > 0) {
                        int colon = text.indexOf(':');
                        current.headers().put(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
                    }
                }
            } catch (IOException e) {
                blocks.clear(); // the defaults below still apply
            }
        }
        return new SiteHeaders(blocks);
    }

    /** Headers for the page at {@code path} ("/ho-tro/"): every matching block in order, later ones winning. */
    Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", DEFAULT_CSP);
        for (Block block : blocks) {
            if (block.path().matcher(path).matches()) {
                headers.putAll(block.headers());
            }
        }
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store"); // a preview changes at every save
        headers.remove("Content-Type"); // the server knows the type of what it sends
        return headers;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
