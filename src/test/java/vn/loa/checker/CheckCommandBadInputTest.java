package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.loa.cli.LoaCommand;

/**
 * Bad input to {@code loa check}: a Vietnamese message naming the folder, file (and line), exit code 2,
 * and no Java stack trace, through the same command line officers run.
 */
class CheckCommandBadInputTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = LoaCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of("check"), Stream.of(args)).toArray(String[]::new);
        int exit = cli.execute(all);
        return new Run(exit, err.toString());
    }

    private static void assertPlainVietnamese(Run r, String... mustName) {
        assertEquals(2, r.exit(), r.err());
        for (String s : mustName) {
            assertTrue(r.err().contains(s), "message should name " + s + ": " + r.err());
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "stack trace: " + r.err());
    }

    private Path site() throws IOException {
        Path site = dir.resolve("output");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), Pages.generalPage("<p>Xã tổ chức ngày hội.</p>"));
        return site;
    }

    private Path rulesWith(String file, String text) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> bundled = Files.list(Path.of("checker/rules"))) {
            for (Path p : bundled.toList()) {
                Files.copy(p, rules.resolve(p.getFileName()));
            }
        }
        Files.writeString(rules.resolve(file), text);
        return rules;
    }

    @Test
    void folderWithoutHtml() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("trong"));
        Files.writeString(empty.resolve("ghi-chu.txt"), "không phải trang");
        assertPlainVietnamese(run(empty.toString()), "không có trang HTML", empty.toString());
    }

    @Test
    void missingFolder() {
        assertPlainVietnamese(run(dir.resolve("khong-co").toString()), "Không có thư mục", "khong-co");
    }

    @Test
    void unreadableFile() throws IOException {
        Path site = site();
        Path page = site.resolve("bai.html");
        Files.writeString(page, Pages.generalPage("<p>Bài</p>"));
        try {
            Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeTrue(!Files.isReadable(page), "running as a user who reads everything");
        assertPlainVietnamese(run(site.toString()), "Không đọc được tệp", "bai.html");
    }

    @Test
    void fileNotInUtf8() throws IOException {
        Path site = site();
        Files.write(site.resolve("cu.html"), new byte[] {'<', 'p', '>', (byte) 0xC0, (byte) 0xAF, '<', '/', 'p', '>'});
        assertPlainVietnamese(run(site.toString()), "cu.html", "UTF-8");
    }

    @Test
    void yamlSyntaxErrorNamesFileAndLine() throws IOException {
        Path rules = rulesWith("g3-danh-dau-gioi.yml", "rules:\n  - id: G3-x\n    group: G3\n    severity: warning\n    phrases: [nữ bác sĩ\n  - id: G3-y\n");
        assertPlainVietnamese(run(site().toString(), "--rules", rules.toString()), "g3-danh-dau-gioi.yml", "dòng", "YAML");
    }

    @Test
    void unknownRuleKeyNamesFileAndLine() throws IOException {
        Path rules = rulesWith("g3-danh-dau-gioi.yml",
                "rules:\n  - id: G3-x\n    group: G3\n    severity: warning\n    phrase: [nữ bác sĩ]\n");
        Run r = run(site().toString(), "--rules", rules.toString());
        assertPlainVietnamese(r, "g3-danh-dau-gioi.yml", "dòng 5", "phrase");
    }

    @Test
    void badPhraseNamesFileAndLine() throws IOException {
        Path rules = rulesWith("g3-danh-dau-gioi.yml",
                "rules:\n  - id: G3-x\n    group: G3\n    severity: warning\n    phrases:\n      - (nữ|nam bác sĩ\n");
        assertPlainVietnamese(run(site().toString(), "--rules", rules.toString()), "g3-danh-dau-gioi.yml", "dòng 6");
    }

    @Test
    void unknownOption() throws IOException {
        assertPlainVietnamese(run(site().toString(), "--dinh-dang", "json"), "Không có tùy chọn --dinh-dang");
    }

    @Test
    void missingFolderArgument() {
        assertPlainVietnamese(run(), "Thiếu tham số", "DIR");
    }
}
