package vn.loa.scaffold;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.build.BuildFailedException;
import vn.loa.build.BuildProblem;
import vn.loa.build.BuildResult;
import vn.loa.build.SiteFeatures;
import vn.loa.cli.LoaCommand;
import vn.loa.content.ContentTypes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bakes every marked example of the editor's guide with the real build, so the guide cannot drift
 * from the code: an example meant to work must build without AsciiDoc or header warnings, and an
 * example meant to fail must fail with exactly the messages the guide quotes.
 */
class GuideExamplesTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyMarkedExampleBakesAsTheGuideSays() throws IOException {
        List<GuideExample> blocks = GuideExample.readAll();
        List<DynamicTest> tests = new ArrayList<>();
        List<GuideExample> data = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            GuideExample block = blocks.get(i);
            if (block.marker() == null) {
                continue;
            }
            switch (block.marker()) {
                case GuideExample.DATA -> data.add(block);
                case GuideExample.EXAMPLE, GuideExample.SNIPPET -> {
                    List<GuideExample> withData = List.copyOf(data);
                    data.clear();
                    tests.add(DynamicTest.dynamicTest(block.toString(), () -> bakes(block, withData)));
                }
                case GuideExample.ERROR -> {
                    GuideExample expected = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                    List<GuideExample> withData = List.copyOf(data);
                    data.clear();
                    tests.add(DynamicTest.dynamicTest(block.toString(), () -> failsAsQuoted(block, expected, withData)));
                }
                case GuideExample.EXPECTED -> {
                    GuideExample previous = i > 0 ? blocks.get(i - 1) : null;
                    assertTrue(previous != null && GuideExample.ERROR.equals(previous.marker()),
                        block + ": a loa-expected block must follow a loa-example-error block");
                }
                default -> fail(block + ": unknown marker " + block.marker());
            }
        }
        assertTrue(tests.size() >= 10, "the guide shows examples: " + tests.size());
        return tests.stream();
    }

    @Test
    void everyContentBlockInTheGuideIsMarked() throws IOException {
        for (GuideExample block : GuideExample.readAll()) {
            if (GuideExample.CONTENT_LANGUAGES.contains(block.language())) {
                assertNotNull(block.marker(), block + ": mark the block loa-example, loa-snippet or loa-example-error");
            }
        }
    }

    /**
     * The common-mistakes table quotes the start of each message ("Ngày … viết chưa đúng dạng"); every
     * quoted piece must still be in Loa's code, or the table describes a message officers never see.
     */
    @Test
    void theCommonMistakesTableQuotesMessagesLoaStillGives() throws IOException {
        String code = mainSources();
        List<String> rows = Files.readAllLines(GuideExample.guideDir().resolve("khi-dung-loi.md")).stream()
            .dropWhile(l -> !l.startsWith("## Các lỗi hay gặp")).skip(1)
            .takeWhile(l -> !l.startsWith("## ")).filter(l -> l.startsWith("| ") && !l.startsWith("| Bạn thấy")).toList();
        assertTrue(rows.size() >= 10, "the table lists the common mistakes");
        for (String row : rows) {
            String seen = row.split("\\|")[1].replace("(cảnh báo)", "");
            for (String piece : seen.split("…|/")) {
                if (!piece.isBlank()) {
                    assertTrue(code.contains(piece.strip()), "khi-dung-loi.md quotes \"" + piece.strip()
                        + "\", which no message in src/main/java contains");
                }
            }
        }
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    @Test
    void theIndexLinksEveryPage() throws IOException {
        String index = Files.readString(GuideExample.guideDir().resolve("README.md"));
        try (Stream<Path> pages = Files.list(GuideExample.guideDir())) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                String name = page.getFileName().toString();
                if (!name.equals("README.md")) {
                    assertTrue(index.contains("(" + name + ")"), "README.md links " + name);
                }
            }
        }
    }

    private void bakes(GuideExample example, List<GuideExample> data) throws IOException {
        TestSite site = siteWith(example, data);
        BuildResult result;
        try {
            result = site.build(false);
        } catch (BuildFailedException e) {
            throw new AssertionError(example + " should build, but: " + e.problems(), e);
        }
        for (BuildProblem warning : result.warnings()) {
            assertFalse(warning.message().startsWith("AsciiDoc báo") || warning.message().contains("bị bỏ qua"),
                example + " builds with a warning: " + warning);
        }
    }

    /** Runs {@code loa build} as an officer would and compares what it prints with the guide's quote. */
    private void failsAsQuoted(GuideExample example, GuideExample expected, List<GuideExample> data) throws IOException {
        assertTrue(expected != null && GuideExample.EXPECTED.equals(expected.marker()),
            example + ": quote the expected messages in a following ```text loa-expected block");
        TestSite site = siteWith(example, data);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            code = LoaCommand.commandLine().execute("build", "--source", site.root.toString(),
                "--output", site.output.toString(), "--no-cache");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String console = printed.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, example + " should fail to build; it printed:\n" + console);
        List<String> printedLines = console.lines().map(String::strip).toList();
        List<String> quoted = expected.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String line : quoted) {
            assertTrue(printedLines.contains(line), example + ": the guide quotes a line the build does not print:\n  "
                + line + "\nThe build printed:\n" + console);
        }
        long errors = printedLines.stream().filter(l -> l.startsWith("✗")).count();
        assertEquals(quoted.stream().filter(l -> l.startsWith("✗")).count(), errors,
            example + ": the guide quotes every error the build prints:\n" + console);
    }

    private TestSite siteWith(GuideExample example, List<GuideExample> data) throws IOException {
        ContentTypes types = ContentTypes.basic();
        SiteFeatures.all().forEach(f -> f.registerTypes(types));
        assumeTrue(types.find(example.contentType()).isPresent(),
            "type " + example.contentType() + " is not registered by any feature yet");
        Path root = Files.createTempDirectory(dir, "vi-du");
        TestSite site = TestSite.in(root);
        for (GuideExample file : data) {
            site.write(file.file(), file.text());
        }
        site.write(example.targetFile(), example.content());
        return site;
    }
}
