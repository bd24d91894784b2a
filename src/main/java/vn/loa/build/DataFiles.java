package vn.loa.build;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * YAML data files under {@code data/}, in sub-folders too (JBake reads only the top level and throws
 * on a broken file). A broken file becomes a build error with its line; the map key is the path
 * without extension: {@code data/lich/ngay-ky-niem.yml} -> {@code lich/ngay-ky-niem}.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /**
     * Loa's data files with the province's copies (tuy-bien/data/) merged over them: a mapping's top-level keys
     * replace the same keys of Loa's file, anything else replaces the whole file (see {@link Overrides}).
     */
    public static Map<String, Object> read(Path dataDir, Path overrideDir, BuildProblems problems) {
        Map<String, Object> data = read(dataDir, problems);
        read(overrideDir, problems).forEach((name, own) -> data.merge(name, own, DataFiles::merge));
        return data;
    }

    /**
     * One data file ({@code name} without extension, e.g. "ho-tro") as {@link #read(Path, Path, BuildProblems)}
     * would give it, without reading the other files: for tools that need one file (the checker's support numbers).
     */
    public static Object readOne(Path dataDir, Path overrideDir, String name, BuildProblems problems) {
        Object loa = parseIfPresent(dataDir.resolve(name + ".yml"), problems);
        Object own = parseIfPresent(overrideDir.resolve(name + ".yml"), problems);
        if (loa == null || own == null) {
            return own == null ? loa : own;
        }
        return merge(loa, own);
    }

    private static Object parseIfPresent(Path file, BuildProblems problems) {
        return Files.isRegularFile(file) ? parse(file, problems) : null;
    }

    @SuppressWarnings("unchecked")
    private static Object merge(Object loa, Object own) {
        if (loa instanceof Map<?, ?> defaults && own instanceof Map<?, ?> changes) {
            Map<Object, Object> merged = new java.util.LinkedHashMap<>((Map<Object, Object>) defaults);
            merged.putAll(changes);
            return merged;
        }
        return own;
    }

    /** The file a top-level key of data file {@code name} ("ho-tro") was read from, for messages with a line. */
    public static Path sourceOf(Path dataDir, Path overrideDir, String name, String topKey) {
        Path own = overrideDir.resolve(name + ".yml");
        if (Files.isRegularFile(own)) {
            Object value = parse(own, new BuildProblems(overrideDir));
            if (!(value instanceof Map<?, ?> map) || topKey == null || map.containsKey(topKey)) {
                return own;
            }
        }
        return dataDir.resolve(name + ".yml");
    }

    public static Map<String, Object> read(Path dataDir, BuildProblems problems) {
        Map<String, Object> data = new TreeMap<>();
        if (!Files.isDirectory(dataDir)) {
            return data;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dataDir.relativize(file).toString().replace('\\', '/');
                if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
                    continue;
                }
                Object value = parse(file, problems);
                if (value != null) {
                    data.put(name.substring(0, name.lastIndexOf('.')), value);
                }
            }
        } catch (IOException e) {
            problems.error(dataDir, 0, "Không đọc được thư mục dữ liệu: " + e.getMessage());
        }
        return data;
    }

    static Object parse(Path file, BuildProblems problems) {
        try {
            SourceFile source = SourceFile.read(file);
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object value = new Yaml(new SafeConstructor(options)).load(source.text());
            if (value == null) {
                problems.error(file, 0, "Tệp dữ liệu trống. Hãy thêm nội dung hoặc xóa tệp.");
            }
            return value;
        } catch (SourceFile.NotUtf8Exception e) {
            problems.error(file, e.line(), "Tệp không được lưu bằng bảng mã UTF-8. Hãy mở tệp và lưu lại với bảng mã UTF-8.");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String column = mark == null ? "" : ", cột " + (mark.getColumn() + 1);
            problems.error(file, line, "Tệp dữ liệu YAML viết sai ở đây" + column + " (" + describe(e) + "). Hãy kiểm tra thụt "
                + "đầu dòng (dùng dấu cách, không dùng tab), dấu hai chấm sau mỗi khóa và dấu ngoặc kép đóng mở đủ cặp.");
        } catch (YAMLException e) {
            problems.error(file, 0, "Tệp dữ liệu YAML viết sai: " + e.getMessage());
        } catch (IOException e) {
            problems.error(file, 0, "Không đọc được tệp: " + e.getMessage());
        }
        return null;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("found duplicate key")) {
            return "một khóa bị lặp lại";
        }
        if (problem.contains("tab")) {
            return "có ký tự tab";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "có dấu hai chấm ở chỗ không được phép; nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong dấu ngoặc kép";
        }
        if (problem.contains("could not find expected ':'")) {
            return "thiếu dấu hai chấm sau tên khóa";
        }
        if (problem.contains("expected <block end>") || problem.contains("expected <block mapping start>")) {
            return "thụt đầu dòng không thẳng hàng với các dòng cùng cấp";
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("while scanning a quoted scalar")) {
            return "dấu ngoặc kép chưa được đóng";
        }
        if (problem.contains("did not find expected ',' or ']'") || problem.contains("flow sequence")) {
            return "danh sách trong [ ] chưa được đóng";
        }
        return "trình đọc YAML báo: " + problem;
    }
}
