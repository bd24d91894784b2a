package vn.loa.checker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The labelled-passage YAML files of the accuracy tests: every entry of every {@code *.yml} in a folder, ids unique. */
final class PassageFiles {
    /** One passage's fields as written, and the file it came from. */
    record Entry(String file, Map<String, Object> fields) {
        String id() {
            return String.valueOf(fields.get("id"));
        }

        /** The groups listed under {@code expect}. */
        Set<String> expected() {
            Set<String> groups = new TreeSet<>();
            if (fields.get("expect") instanceof List<?> l) {
                l.forEach(g -> groups.add(String.valueOf(g)));
            }
            return groups;
        }

        String text(String key) {
            Object v = fields.get(key);
            return v == null ? null : String.valueOf(v);
        }
    }

    private PassageFiles() {
    }

    @SuppressWarnings("unchecked")
    static List<Entry> read(Path dir) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(f, StandardCharsets.UTF_8));
            if (!(root instanceof List<?> list)) {
                continue;
            }
            for (Object o : list) {
                Entry e = new Entry(f.getFileName().toString(), (Map<String, Object>) o);
                if (!ids.add(e.id())) {
                    throw new IllegalStateException("duplicate passage id " + e.id() + " in " + f);
                }
                out.add(e);
            }
        }
        return out;
    }
}
