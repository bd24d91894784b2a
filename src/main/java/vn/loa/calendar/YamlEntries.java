package vn.loa.calendar;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.loa.content.ProblemSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML data file that is a list of entries (key: value), read as a node tree so that every value
 * keeps its line: the generic data reader has already reported syntax errors, but a wrong value in a
 * well-formed file still needs "line 12: ..." for the officer.
 */
final class YamlEntries {

    /** One list item: its first line and its values as written (text, or a list of texts). */
    record Entry(int line, Map<String, Value> values) {
        Value value(String key) {
            return values.get(key);
        }

        String text(String key) {
            Value v = values.get(key);
            return v == null || v.text() == null || v.text().isBlank() ? null : v.text().strip();
        }

        int lineOf(String key) {
            Value v = values.get(key);
            return v == null ? line : v.line();
        }
    }

    /** A value with its line; {@code items} is set for a list value. */
    record Value(String text, List<String> items, int line) {
    }

    private YamlEntries() {
    }

    /**
     * @return the entries, or null when the file cannot be read as a list (reported, or already
     *         reported by the generic data reader when the YAML itself is broken)
     */
    static List<Entry> read(Path file, ProblemSink problems) {
        Node root;
        try {
            String text = Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
        } catch (IOException | YAMLException e) {
            return null; // DataFiles reports unreadable and malformed files with their line
        }
        if (root == null) {
            return null;
        }
        if (!(root instanceof SequenceNode list)) {
            problems.report(line(root), "Tệp này phải là một danh sách: mỗi mục bắt đầu bằng \"- id: ...\" ở đầu dòng.");
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                problems.report(line(item), "Mục này không đúng dạng. Mỗi mục gồm các dòng \"khóa: giá trị\", "
                    + "dòng đầu bắt đầu bằng \"- \", các dòng sau thụt vào hai dấu cách.");
                continue;
            }
            Map<String, Value> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(tuple.getKeyNode());
                values.put(key, value(tuple.getValueNode(), key, problems));
            }
            entries.add(new Entry(line(item), values));
        }
        return entries;
    }

    private static Value value(Node node, String key, ProblemSink problems) {
        if (node instanceof ScalarNode scalar) {
            return new Value(scalar.getValue(), null, line(node));
        }
        if (node instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode s) {
                    items.add(s.getValue().strip());
                } else {
                    problems.report(line(item), "Danh sách \"" + key + "\" chỉ được chứa các dòng chữ \"- ...\".");
                }
            }
            return new Value(null, items, line(node));
        }
        problems.report(line(node), "Giá trị của \"" + key + "\" không đúng dạng: hãy viết chữ ngay sau dấu hai chấm.");
        return new Value(null, null, line(node));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
