package vn.loa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Vietnamese word lists of the benchmark corpus, read from {@code vocabulary.txt} (NFC). */
final class Vocabulary {

    private final Map<String, List<String>> sections;

    private Vocabulary(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line);
                }
            }
            return new Vocabulary(sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of one section; fails on an unknown or empty section. */
    List<String> get(String section) {
        List<String> words = sections.get(section);
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException("vocabulary section [" + section + "] is missing or empty");
        }
        return words;
    }
}
