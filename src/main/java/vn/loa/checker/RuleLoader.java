package vn.loa.checker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code *.yml} rule files. Strict on purpose: an unknown key or a bad value stops loading with
 * a Vietnamese message naming the file, because a silently ignored typo would switch a rule off.
 */
final class RuleLoader {
    static final String BUNDLED = "checker/rules";

    private static final Set<String> TOP_KEYS = Set.of("rules", "lexicon", "settings");
    private static final Set<String> RULE_KEYS = Set.of("id", "group", "severity", "title", "phrases",
            "alternatives", "suggestion", "note", "scopes", "only_topic", "refutable", "individual_only",
            "lowercase_only", "unless_near", "only_near", "not_before", "not_after", "exceptions", "examples");

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, Number> settings = new LinkedHashMap<>();

    /** Rules from a folder, or the copy bundled on the class path when {@code dir} is null. */
    static RuleSet load(Path dir) {
        RuleLoader loader = new RuleLoader();
        if (dir != null) {
            loader.readFolder(dir);
        } else {
            loader.readBundled();
        }
        if (loader.rules.isEmpty()) {
            throw new IllegalArgumentException("Không tìm thấy quy tắc nào trong " + (dir == null ? BUNDLED : dir));
        }
        return loader.ruleSet();
    }

    /**
     * Rules from layered folders (Loa's checker/rules/, then a province's tuy-bien/checker/rules/): a file in a
     * later folder replaces the file of the same name in an earlier one, a new name adds a rule file.
     */
    static RuleSet loadLayered(List<Path> dirs) {
        if (dirs.size() <= 1) {
            return load(dirs.isEmpty() ? null : dirs.get(0));
        }
        Map<String, Path> byName = new java.util.TreeMap<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().endsWith(".yml")).forEach(f -> byName.put(f.getFileName().toString(), f));
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được thư mục quy tắc " + dir, e);
            }
        }
        RuleLoader loader = new RuleLoader();
        for (Map.Entry<String, Path> file : byName.entrySet()) {
            try {
                loader.readFile(file.getKey(), Files.readString(file.getValue(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được tệp quy tắc " + file.getValue(), e);
            }
        }
        if (loader.rules.isEmpty()) {
            throw new IllegalArgumentException("Không tìm thấy quy tắc nào trong " + dirs);
        }
        return loader.ruleSet();
    }

    /**
     * The rules with the word lists of every file read. Phrases are compiled only now, since a phrase may name a
     * word class ({@code <list>}) that a later file declares; a phrase that does not compile is reported with its
     * own file and line.
     */
    private RuleSet ruleSet() {
        Lexicon lexicon = new Lexicon(lists, settings);
        for (WrittenPhrase p : writtenPhrases) {
            try {
                PhrasePattern.compile(p.phrase(), lexicon.wordClasses());
            } catch (IllegalArgumentException e) {
                throw bad(p.file(), p.where() + ": " + e.getMessage(), p.phrase()).locatedIn(p.fileText());
            }
        }
        return new RuleSet(rules, lexicon);
    }

    /** A phrase as written in a rule file, kept until every word list is known. */
    private record WrittenPhrase(String file, String phrase, String where, String fileText) {
    }

    private final List<WrittenPhrase> writtenPhrases = new ArrayList<>();
    private String fileText = "";

    private void readFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Không có thư mục quy tắc: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList()) {
                readFile(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư mục quy tắc " + dir, e);
        }
    }

    private void readBundled() {
        URL url = RuleLoader.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("Thiếu bộ quy tắc đóng gói sẵn (" + BUNDLED + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                readFromJar(uri);
            } else {
                readFolder(Path.of(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rules inside loa.jar; another thread may already have the jar open as a file system. */
    private void readFromJar(URI uri) throws IOException {
        synchronized (RuleLoader.class) {
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                readFolder(fs.getPath(BUNDLED));
            } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                readFolder(FileSystems.getFileSystem(uri).getPath(BUNDLED));
            }
        }
    }

    /** Reads one rule file; any mistake is a {@link RuleFileException} naming the file and, when it can, the line. */
    void readFile(String name, String yamlText) {
        fileText = yamlText;
        try {
            readRules(name, parse(name, yamlText));
        } catch (RuleFileException e) {
            throw e.locatedIn(yamlText);
        }
    }

    private static Object parse(String name, String yamlText) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new RuleFileException(name, line, "YAML sai cú pháp (" + e.getProblem() + "). Hãy kiểm tra thụt lề"
                + " (chỉ dùng dấu cách, không dùng tab), dấu hai chấm sau mỗi khóa và dấu ngoặc kép ở dòng này hoặc dòng"
                + " ngay trên.", null);
        } catch (YAMLException e) {
            throw new RuleFileException(name, 0, "YAML sai cú pháp. Hãy so với một tệp quy tắc khác trong thư mục.", null);
        }
    }

    @SuppressWarnings("unchecked")
    private void readRules(String name, Object root) {
        if (root == null) {
            return;
        }
        if (!(root instanceof Map)) {
            throw bad(name, "tệp phải là một bảng có các mục rules, lexicon, settings");
        }
        Map<String, Object> top = (Map<String, Object>) root;
        for (String key : top.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw bad(name, "mục không hợp lệ '" + key + "' (chỉ có rules, lexicon, settings)", key + ":");
            }
        }
        for (Object r : asList(name, top.get("rules"), "rules")) {
            if (!(r instanceof Map)) {
                throw bad(name, "mỗi quy tắc phải là một bảng");
            }
            Map<String, Object> rule = (Map<String, Object>) r;
            try {
                rules.add(readRule(name, rule));
            } catch (RuleFileException e) {
                throw e.needle == null && rule.get("id") != null ? e.near("id: " + rule.get("id")) : e;
            }
        }
        Object lex = top.get("lexicon");
        if (lex instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                List<String> phrases = strings(name, e.getValue(), "lexicon." + e.getKey());
                phrases.forEach(phrase -> compiles(name, phrase, "lexicon." + e.getKey()));
                lists.computeIfAbsent(String.valueOf(e.getKey()), k -> new ArrayList<>()).addAll(phrases);
            }
        } else if (lex != null) {
            throw bad(name, "lexicon phải là một bảng danh sách");
        }
        Object set = top.get("settings");
        if (set instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getValue() instanceof Number n)) {
                    throw bad(name, "settings." + e.getKey() + " phải là một số");
                }
                settings.put(String.valueOf(e.getKey()), n);
            }
        } else if (set != null) {
            throw bad(name, "settings phải là một bảng");
        }
    }

    private Rule readRule(String file, Map<String, Object> m) {
        for (String key : m.keySet()) {
            if (!RULE_KEYS.contains(key)) {
                throw bad(file, "quy tắc " + m.get("id") + " có khóa không hợp lệ '" + key + "'; các khóa được dùng: "
                    + String.join(", ", new java.util.TreeSet<>(RULE_KEYS)), key + ":");
            }
        }
        String id = required(file, m, "id");
        String group = required(file, m, "group");
        if (!group.matches("G([1-9]|10)")) {
            throw bad(file, "quy tắc " + id + ": nhóm phải từ G1 đến G10 (đang là " + group + ")", group);
        }
        Severity severity;
        try {
            severity = Severity.parse(required(file, m, "severity"));
        } catch (IllegalArgumentException e) {
            throw bad(file, "quy tắc " + id + ": " + e.getMessage());
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        List<String> scopeNames = strings(file, m.get("scopes"), id + ".scopes");
        if (scopeNames.isEmpty()) {
            scopes = Rule.allScopes();
        }
        for (String s : scopeNames) {
            try {
                scopes.add(Scope.parse(s));
            } catch (IllegalArgumentException e) {
                throw bad(file, "quy tắc " + id + ": " + e.getMessage());
            }
        }
        String topic = optional(m, "only_topic");
        if (topic != null && !Rule.TOPIC_VIOLENCE.equals(topic)) {
            throw bad(file, "quy tắc " + id + ": only_topic chỉ nhận giá trị violence");
        }
        boolean refutableByDefault = group.equals("G1") || group.equals("G5");
        strings(file, m.get("phrases"), id + ".phrases").forEach(phrase -> compiles(file, phrase, "quy tắc " + id));
        return new Rule(id, group, severity, optional(m, "title"),
                strings(file, m.get("phrases"), id + ".phrases"),
                strings(file, m.get("alternatives"), id + ".alternatives"),
                optional(m, "suggestion"), optional(m, "note"), scopes, topic,
                flag(file, m, "refutable", refutableByDefault),
                flag(file, m, "individual_only", false),
                flag(file, m, "lowercase_only", false),
                strings(file, m.get("unless_near"), id + ".unless_near"),
                strings(file, m.get("only_near"), id + ".only_near"),
                strings(file, m.get("not_before"), id + ".not_before"),
                strings(file, m.get("not_after"), id + ".not_after"),
                strings(file, m.get("exceptions"), id + ".exceptions"),
                examples(file, id, m.get("examples")),
                file);
    }

    private static Rule.Examples examples(String file, String id, Object v) {
        if (v == null) {
            return Rule.Examples.NONE;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw bad(file, "quy tắc " + id + ": examples phải là một bảng có flag và pass");
        }
        for (Object key : m.keySet()) {
            if (!"flag".equals(key) && !"pass".equals(key)) {
                throw bad(file, "quy tắc " + id + ": examples chỉ có flag (câu phải bị báo) và pass (câu không bị báo)");
            }
        }
        return new Rule.Examples(strings(file, m.get("flag"), id + ".examples.flag"),
                strings(file, m.get("pass"), id + ".examples.pass"));
    }

    private static String required(String file, Map<String, Object> m, String key) {
        String v = optional(m, key);
        if (v == null || v.isBlank()) {
            throw bad(file, "thiếu '" + key + "' ở quy tắc " + m.get("id"));
        }
        return v.trim();
    }

    private static String optional(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static boolean flag(String file, Map<String, Object> m, String key, boolean fallback) {
        Object v = m.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw bad(file, "'" + key + "' ở quy tắc " + m.get("id") + " phải là true hoặc false");
    }

    private static List<Object> asList(String file, Object v, String what) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        throw bad(file, what + " phải là một danh sách");
    }

    private static List<String> strings(String file, Object v, String what) {
        List<String> out = new ArrayList<>();
        for (Object o : asList(file, v, what)) {
            if (o == null || o instanceof Map || o instanceof List) {
                throw bad(file, what + " chỉ được chứa chữ");
            }
            out.add(String.valueOf(o));
        }
        return List.copyOf(out);
    }

    /** A mistake in a rule file; {@code needle} is text on the mistaken line (or the rule's), to find the line. */
    private static RuleFileException bad(String file, String why, String needle) {
        return new RuleFileException(file, 0, why, needle);
    }

    private static RuleFileException bad(String file, String why) {
        return new RuleFileException(file, 0, why, null);
    }

    /** Remembers a phrase to compile once every word list is read (see {@link #ruleSet}). */
    private void compiles(String file, String phrase, String where) {
        writtenPhrases.add(new WrittenPhrase(file, phrase, where, fileText));
    }
}
