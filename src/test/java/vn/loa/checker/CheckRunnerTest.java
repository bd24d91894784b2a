package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckRunnerTest {

    private static void site(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/index.html"), Pages.generalPage("<p>Ở quê tôi, việc nhà là việc của phụ nữ.</p>"));
        Files.writeString(dir.resolve("index.html"), Pages.generalPage("<img src=\"x.png\">"));
        Files.writeString(dir.resolve("note.txt"), "không phải trang");
    }

    @Test
    void walksHtmlFilesInSortedOrderInParallel(@TempDir Path dir) throws Exception {
        site(dir);
        CheckReport report = CheckRunner.checkDirectory(dir, Pages.CHECKER, null, 2);
        assertEquals(2, report.pages().size());
        assertEquals("b/index.html", report.pages().get(0).file());
        assertEquals("index.html", report.pages().get(1).file());
    }

    @Test
    void commandExitCodesFollowTheFailLevel(@TempDir Path dir) throws Exception {
        site(dir);
        Path out = dir.resolve("out/bao-cao.json");
        assertEquals(1, run(dir.toString(), "--format", "json", "--out", out.toString()));
        assertTrue(Files.readString(out).startsWith("{"));
        assertEquals(0, run(dir.toString(), "--fail-on", "none"));
        assertEquals(1, run(dir.toString(), "--fail-on", "warning", "--format", "sarif"));
        assertEquals(2, run(dir.toString(), "--format", "pdf"));
    }

    private static int run(String... args) {
        CommandLine cmd = new CommandLine(new CheckCommand());
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }
}
