package vn.loa.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.loa.build.TestSites;
import vn.loa.cli.LoaCommand;

/**
 * The hostile-input harness: a good site is baked through the real command line ({@code loa build}, in
 * process), then the site is broken the way a careless or hostile user would break it and built again into
 * the same output folder. A case then asserts what an officer must see: a non-zero exit, a Vietnamese
 * message naming the file (and line), no Java stack trace, and the previous site left byte for byte as it was.
 */
public final class HostileBuild {
    public static final String GOOD_ARTICLE = """
        title=Xã An Phú ra mắt câu lạc bộ gia đình hạnh phúc
        date=2026-11-15
        type=post
        status=published
        tags=bình đẳng giới
        summary=Câu lạc bộ mới giúp các gia đình chia sẻ việc nhà và nuôi dạy con.
        ~~~~~~

        Câu lạc bộ sinh hoạt mỗi tháng một lần tại nhà văn hóa thôn.
        """;

    /** An article whose third header line has no "=": refused with "content/bai-viet/hong.md, dòng 3". */
    public static final String BAD_HEADER = """
        title=Bài lỗi
        date=2026-11-15
        type post
        status=published
        ~~~~~~

        Nội dung.
        """;

    /** What one build printed and returned. */
    public record Run(int exit, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    /** The second (broken) build and whether the first build's site survived it unchanged. */
    public record Outcome(Run run, boolean previousSiteKept, Path site, Path output) {
        /** The officer's view of a refused build: non-zero exit, the message, no stack trace, old site kept. */
        public Outcome refused(String... messageParts) {
            assertNotEquals(0, run.exit(), () -> "the build should fail:\n" + run.all());
            assertNoStackTrace(run);
            for (String part : messageParts) {
                assertTrue(run.all().contains(part), () -> "message should contain «" + part + "»:\n" + run.all());
            }
            assertTrue(previousSiteKept, () -> "the previous site must stay byte-identical:\n" + run.all());
            return this;
        }
    }

    private HostileBuild() {
    }

    /** A site with Loa's templates, assets and rules, the test fixture's data and settings, and one good article. */
    public static Path goodSite(Path dir) {
        Path site = TestSites.emptySite(dir);
        TestSites.write(site, "content/bai-viet/cau-lac-bo.md", GOOD_ARTICLE);
        return site;
    }

    /** Bakes a good site into {@code dir/out}, applies {@code breakIt} to the site, and bakes again. */
    public static Outcome rebuildAfter(Path dir, Consumer<Path> breakIt) {
        Path site = goodSite(dir.resolve("site"));
        Path output = dir.resolve("out");
        Run first = build(site, output);
        assertEquals(0, first.exit(), () -> "the good site must build:\n" + first.all());
        Map<String, String> before = tree(output);
        breakIt.accept(site);
        Run second = build(site, output);
        return new Outcome(second, before.equals(tree(output)), site, output);
    }

    /** {@code loa build --source site --output output} in this JVM, with what it printed. */
    public static Run build(Path site, Path output, String... extraArgs) {
        String[] args = Stream.concat(Stream.of("build", "--source", site.toString(), "--output", output.toString()),
                Stream.of(extraArgs)).toArray(String[]::new);
        return command(args);
    }

    /** Any {@code loa} command in this JVM, with what it printed (System.out/err are swapped for the call). */
    public static synchronized Run command(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            int exit = LoaCommand.commandLine().execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    public static void assertNoStackTrace(Run run) {
        String all = run.all();
        assertFalse(all.contains("\tat ") || all.matches("(?s).*\\bat [a-z]+\\.[\\w.$]+\\(.*"),
                () -> "an officer must never see a Java stack trace:\n" + all);
        assertFalse(all.matches("(?s).*\\b(java|javax|org|com)\\.[\\w.]+(Exception|Error)\\b.*"),
                () -> "an officer must never see a Java exception name:\n" + all);
    }

    /** Every file under {@code root} (relative path → SHA-256), empty when the folder does not exist. */
    public static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static Path write(Path site, String relative, String text) {
        return TestSites.write(site, relative, text);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
