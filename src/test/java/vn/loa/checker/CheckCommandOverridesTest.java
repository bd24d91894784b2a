package vn.loa.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} run inside a province's site reads the province's rule files (tuy-bien/checker/rules/) over Loa's,
 * as the bake does, so a page judged in the terminal is judged by the same rules as at publishing time. The command
 * reads the folder it is started in, so the test starts it in a separate JVM inside a temporary site.
 */
class CheckCommandOverridesTest {

    private static final String PAGE = "<!doctype html><html lang=\"vi\"><head><title>Tin</title></head><body><main>"
        + "<p>Hội thi nấu ăn của xã có mười đội tham gia, ai cũng khen món cá kho tộ.</p></main></body></html>";

    @Test
    void aProvinceRuleFileIsAppliedByCheckInsideTheSite(@TempDir Path site) throws Exception {
        vn.loa.build.TestSites.copyTree(Path.of("checker/rules"), site.resolve("checker/rules"));
        Path pages = Files.createDirectories(site.resolve("trang"));
        Files.writeString(pages.resolve("index.html"), PAGE, StandardCharsets.UTF_8);

        Result before = check(site, pages);
        assertEquals(0, before.exit(), before.output());
        assertTrue(!before.output().contains("G3-tinh-rieng-ca-kho"), before.output());

        Path own = Files.createDirectories(site.resolve("tuy-bien/checker/rules"));
        Files.writeString(own.resolve("g99-rieng-cua-tinh.yml"), """
            rules:
              - id: G3-tinh-rieng-ca-kho
                group: G3
                severity: error
                title: Quy tắc riêng của tỉnh (thử nghiệm)
                phrases:
                  - cá kho tộ
                alternatives:
                  - viết lại
                examples:
                  flag:
                    - Món cá kho tộ.
                  pass:
                    - Món canh chua.
                note: Quy tắc thử của tỉnh.
            """, StandardCharsets.UTF_8);
        Result after = check(site, pages);
        assertEquals(1, after.exit(), after.output());
        assertTrue(after.output().contains("G3-tinh-rieng-ca-kho"), after.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result check(Path site, Path pages) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
            "vn.loa.cli.LoaCommand", "check", pages.toString(), "--format", "text", "--fail-on", "error");
        Process process = new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "check ended");
        return new Result(process.exitValue(), output);
    }
}
