package vn.loa.support;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the line of a value in a YAML file from its path of keys and list positions. The site's data
 * map has no line numbers; re-reading one file's node tree when it is faulty is cheap and keeps the
 * data map simple.
 */
final class YamlLines {
    private YamlLines() {
    }

    /** A value written without quotes: its 1-based line and its text exactly as in the file. */
    record Unquoted(int line, String text) {
    }

    /**
     * Values of {@code key} in the entries of the top-level lists {@code lists} written without quotes (plain
     * scalars): YAML may read such a value as a number and change it. Nothing when the file is unreadable.
     */
    static List<Unquoted> unquoted(Path file, List<String> lists, String key) {
        Node root = compose(file);
        List<Unquoted> found = new java.util.ArrayList<>();
        if (!(root instanceof MappingNode top)) {
            return found;
        }
        for (NodeTuple section : top.getValue()) {
            if (section.getKeyNode() instanceof ScalarNode name && lists.contains(name.getValue())
                && section.getValueNode() instanceof SequenceNode entries) {
                for (Node entry : entries.getValue()) {
                    if (entry instanceof MappingNode fields) {
                        for (NodeTuple field : fields.getValue()) {
                            if (field.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                                && field.getValueNode() instanceof ScalarNode v && v.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                                found.add(new Unquoted(v.getStartMark().getLine() + 1, v.getValue()));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Node compose(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new LoaderOptions()).compose(reader);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** 1-based line of the deepest node the path reaches (its key, for a mapping entry); 0 when unreadable. */
    static int lineOf(Path file, List<Object> path) {
        Node node = compose(file);
        if (node == null) {
            return 0;
        }
        int line = path.isEmpty() ? 1 : node.getStartMark().getLine() + 1;
        for (Object step : path) {
            Node next = null;
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(String.valueOf(step))) {
                        line = key.getStartMark().getLine() + 1;
                        next = tuple.getValueNode();
                        break;
                    }
                }
            } else if (node instanceof SequenceNode sequence && step instanceof Integer index && index < sequence.getValue().size()) {
                next = sequence.getValue().get(index);
                line = next.getStartMark().getLine() + 1;
            }
            if (next == null) {
                return line;
            }
            node = next;
        }
        return line;
    }
}
