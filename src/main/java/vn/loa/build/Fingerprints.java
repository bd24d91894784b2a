package vn.loa.build;

import org.jbake.model.DocumentModel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stable digests of what goes into a page, so an unchanged page can be reused instead of rendered
 * again. A document's digest is computed once per bake and stands in for the whole document wherever
 * it appears (a tag page lists hundreds: hashing their bodies again for each list would cost more
 * than rendering).
 */
public final class Fingerprints {
    private final Map<DocumentModel, String> documents = new IdentityHashMap<>();
    private final String seed;

    /** @param seed what every page depends on: templates, stylesheet, site-wide variables, Loa itself */
    public Fingerprints(String seed) {
        this.seed = seed;
    }

    /** Digests every document up front, on all cores; the map is read-only once pages render. */
    public void index(Collection<DocumentModel> docs) {
        java.util.List<DocumentModel> list = java.util.List.copyOf(docs);
        String[] digests = Workers.run(() -> list.parallelStream().map(doc -> {
            Digest d = new Digest();
            d.value(new TreeMap<>(doc), null);
            return d.hex();
        }).toArray(String[]::new));
        for (int i = 0; i < list.size(); i++) {
            documents.put(list.get(i), digests[i]);
        }
    }

    public String ofPage(String url, String template, Map<String, Object> variables) {
        Digest d = new Digest();
        d.text(seed).text(url).text(template);
        d.value(new TreeMap<>(variables), documents);
        return d.hex();
    }

    /** Digest of arbitrary values (site-wide variables, feature inputs). */
    public static String of(Object... values) {
        Digest d = new Digest();
        for (Object v : values) {
            d.value(v, null);
        }
        return d.hex();
    }

    /**
     * Digests of long texts (article bodies), kept while the process runs: the preview re-digests every
     * page's inputs on each rebuild, and hashing 5,000 unchanged bodies again was a third of the rebuild's
     * CPU. Keyed by content, so an edited body is simply a new entry; forgotten in one go past a size.
     */
    private static final class LongTexts {
        static final int MIN_LENGTH = 512;
        private static final long MAX_CHARS = 64L * 1024 * 1024;
        private static final Map<String, byte[]> DIGESTS = new java.util.concurrent.ConcurrentHashMap<>();
        private static final java.util.concurrent.atomic.AtomicLong CHARS = new java.util.concurrent.atomic.AtomicLong();

        static byte[] digest(String text) {
            byte[] known = DIGESTS.get(text);
            if (known != null) {
                return known;
            }
            byte[] digest = new Digest().sha256(text.getBytes(StandardCharsets.UTF_8));
            if (CHARS.addAndGet(text.length()) > MAX_CHARS) {
                DIGESTS.clear();
                CHARS.set(text.length());
            }
            DIGESTS.put(text, digest);
            return digest;
        }
    }

    private static final class Digest {
        private final MessageDigest md;

        Digest() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Digest text(String s) {
            if (s.length() >= LongTexts.MIN_LENGTH) {
                md.update((byte) 1); // a long text stands in by its own digest
                md.update(LongTexts.digest(s));
            } else {
                md.update(s.getBytes(StandardCharsets.UTF_8));
            }
            md.update((byte) 0);
            return this;
        }

        void value(Object v, Map<DocumentModel, String> known) {
            if (v == null) {
                text("\u0000null");
            } else if (v instanceof DocumentModel doc && known != null && known.containsKey(doc)) {
                text("doc:" + known.get(doc));
            } else if (v instanceof Map<?, ?> map) {
                text("{");
                Map<String, Object> sorted = new TreeMap<>();
                map.forEach((k, val) -> sorted.put(String.valueOf(k), val));
                sorted.forEach((k, val) -> {
                    text(k);
                    value(val, known);
                });
                text("}");
            } else if (v instanceof Collection<?> list) {
                text("[");
                for (Object item : list) {
                    value(item, known);
                }
                text("]");
            } else if (v instanceof Object[] array) {
                text("[");
                for (Object item : array) {
                    value(item, known);
                }
                text("]");
            } else if (v instanceof Date date) {
                text("date:" + date.getTime());
            } else if (v instanceof SiteModel.Tag tag) {
                text("tag:" + tag.getSlug() + ":" + tag.getName());
                value(tag.getDocuments(), known);
            } else {
                text(v.getClass().getSimpleName() + ":" + v);
            }
        }

        byte[] sha256(byte[] bytes) {
            return md.digest(bytes);
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
