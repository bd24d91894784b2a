package vn.loa.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.loa.build.BuildOptions;
import vn.loa.build.BuildProblem;
import vn.loa.build.BuildResult;
import vn.loa.build.SiteBuild;
import vn.loa.launch.ClassArchive;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code loa build}: bakes the site into the output folder and prints a short summary. */
@Command(name = "build", description = "Dựng trang web vào thư mục đích (mặc định target/public).")
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--source", description = "Thư mục nội dung (có content/, templates/...). Mặc định: thư mục hiện tại.")
    Path source = Path.of(".");

    @Option(names = "--output", description = "Thư mục đích. Mặc định: target/public.")
    Path output = Path.of("target", "public");

    @Option(names = "--no-check", description = "Không chạy bộ kiểm tra giới (chỉ dùng khi thử nghiệm).")
    boolean noCheck;

    @Option(names = "--no-cache", description = "Đọc lại mọi tệp, không dùng bộ nhớ đệm.")
    boolean noCache;

    @Option(names = "--lock-wait", paramLabel = "GIÂY",
        description = "Khi một lần dựng khác đang ghi vào cùng thư mục đích: chờ tối đa chừng này giây. Mặc định: ${DEFAULT-VALUE}.")
    int lockWaitSeconds = 60;

    @Option(names = "--verbose", description = "In chi tiết kỹ thuật cho người phát triển: thời gian từng bước, stack trace khi có lỗi.")
    boolean verbose;

    @Override
    public Integer call() {
        BuildOptions options = BuildOptions.of(source, output).withChecker(!noCheck);
        if (noCache) {
            options = options.withCacheDir(null);
        }
        int exit = run(options, Duration.ofSeconds(Math.max(0, lockWaitSeconds)), verbose, System.out, System.err);
        if (exit == 0 && ClassArchive.recording()) {
            ArchiveTraining.bakeSample(options.source());
        }
        return exit;
    }

    static int run(BuildOptions options, Duration lockWait, boolean verbose, PrintStream out, PrintStream err) {
        try {
            BuildResult result = SiteBuild.standard(options)
                .waitingForLock(lockWait, () -> err.println("Loa: một lần dựng khác đang ghi vào " + options.output()
                    + "; đang chờ (tối đa " + lockWait.toSeconds() + " giây)..."))
                .run();
            printSummary(options, result, verbose, out);
            return 0;
        } catch (Exception | Error e) {
            return FailureReport.buildFailed(e, options.output(), verbose, err);
        }
    }

    static void printSummary(BuildOptions options, BuildResult result, boolean verbose, PrintStream out) {
        out.println("Loa: đã dựng xong trang web vào " + options.output());
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<String, Integer> e : result.countsByType().entrySet()) {
            counts.append(counts.length() == 0 ? "" : " · ").append(e.getKey()).append(": ").append(e.getValue());
        }
        out.println("  Nội dung: " + (counts.length() == 0 ? "chưa có" : counts));
        out.println("  Cảnh báo: " + result.warnings().size());
        for (BuildProblem warning : result.warnings()) {
            out.println("  ! " + warning);
        }
        if (result.checkSummary() != null) {
            out.println("  Kiểm tra giới: " + result.checkSummary());
        }
        out.println("  Thời gian: " + seconds(result.totalMillis()));
        if (!verbose) {
            return; // the phase timings are English developer diagnostics, not for officers
        }
        for (Map.Entry<String, Long> phase : result.phasesMillis().entrySet()) {
            if (phase.getKey().startsWith("count ")) {
                out.println("    " + phase.getKey() + ": " + phase.getValue());
            } else {
                out.println("    phase " + phase.getKey() + ": " + seconds(phase.getValue()));
            }
        }
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f", millis / 1000.0).replace('.', ',') + " giây";
    }
}
