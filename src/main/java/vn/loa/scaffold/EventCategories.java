package vn.loa.scaffold;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event categories of data/lich/loai-su-kien.yml ({@code - id: ..., name: ...}), so a new event's
 * skeleton can name the choices and start with a valid one: the calendar refuses an event without one,
 * even a draft in the preview. A missing or broken file gives no choices; the build reports it.
 */
final class EventCategories {
    static final String FILE = "data/lich/loai-su-kien.yml";

    record Category(String id, String name) {
    }

    private EventCategories() {
    }

    static List<Category> read(Path siteRoot) {
        Path file = siteRoot.resolve(FILE);
        List<Category> categories = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return categories;
        }
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
            if (loaded instanceof List<?> entries) {
                for (Object entry : entries) {
                    if (entry instanceof Map<?, ?> map && map.get("id") != null) {
                        Object name = map.get("name");
                        categories.add(new Category(String.valueOf(map.get("id")), name == null ? "" : String.valueOf(name)));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The build names the file and line; here a skeleton without choices is enough.
            return List.of();
        }
        return categories;
    }
}
