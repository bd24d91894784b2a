package vn.loa.checker;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.loa.support.SupportDirectory;

/**
 * {@code loa check DIR}: checks a baked site folder. Exit code 1 when findings at or above
 * {@code --fail-on} exist, 2 when the rules or the folder cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kiểm tra giới trong truyền thông cho các trang HTML trong thư mục.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Thư mục chứa trang HTML đã tạo.")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "Định dạng báo cáo: json, sarif, html, text (mặc định: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Ghi báo cáo vào tệp (mặc định: in ra màn hình).")
    Path out;

    @Option(names = "--fail-on", defaultValue = "error", description = "Trả mã lỗi khi có phát hiện từ mức này: error, warning, none (mặc định: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--rules", paramLabel = "DIR", description = "Thư mục quy tắc (mặc định: checker/rules nếu có, nếu không dùng bộ quy tắc đóng gói).")
    Path rules;

    @Option(names = "--verbose", description = "In chi tiết kỹ thuật (stack trace) khi có lỗi, cho người phát triển.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter outWriter = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.matches("json|sarif|html|text")) {
            err.println("Định dạng không hợp lệ: " + format + " (dùng json, sarif, html hoặc text)");
            return 2;
        }
        Severity failLevel;
        try {
            failLevel = failOn.equalsIgnoreCase("none") ? null : Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            if (!Files.isDirectory(dir)) {
                err.println("Không có thư mục " + dir + ". Hãy chỉ đến thư mục chứa trang đã dựng (ví dụ: output).");
                return 2;
            }
            if (CheckRunner.htmlFiles(dir).isEmpty()) {
                err.println("Thư mục " + dir + " không có trang HTML nào (*.html). Hãy dựng trang trước (loa build) "
                        + "rồi chỉ đến thư mục kết quả.");
                return 2;
            }
            CheckerConfig config = CheckerConfig.defaults();
            config = config.withSupport(SupportDirectory.forSite(Path.of("")).orElse(null));
            Checker checker = Checker.loadLayered(ruleLayers(), config);
            CheckReport report = CheckRunner.checkDirectory(dir, checker);
            String body = switch (fmt) {
                case "json" -> report.toJson();
                case "sarif" -> report.toSarif();
                case "html" -> report.toHtml();
                default -> report.consoleSummary();
            };
            if (out != null) {
                switch (fmt) {
                    case "json" -> report.writeJson(out);
                    case "sarif" -> report.writeSarif(out);
                    case "html" -> report.writeHtml(out);
                    default -> writeText(out, body);
                }
                outWriter.print(report.consoleSummary());
                outWriter.println("Đã ghi báo cáo: " + out);
            } else {
                outWriter.print(body);
            }
            outWriter.flush();
            return report.hasFailures(failLevel) ? 1 : 0;
        } catch (RuntimeException e) {
            err.println("Không kiểm tra được: " + explain(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return 2;
        }
    }

    /** The Vietnamese message, with the system's reason for a file that cannot be read. */
    private static String explain(RuntimeException e) {
        if (!(e instanceof IllegalArgumentException) && !(e instanceof UncheckedIOException)) {
            return vn.loa.build.FailureText.describe(e); // a fault in Loa: one sentence, the trace only with --verbose
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UncheckedIOException io && io.getCause() != null) {
            Throwable cause = io.getCause();
            String why = cause instanceof java.nio.charset.MalformedInputException
                    ? "tệp không được lưu bằng bảng mã UTF-8"
                    : cause instanceof java.nio.file.AccessDeniedException ? "không có quyền đọc"
                    : cause instanceof java.nio.file.NoSuchFileException ? "không tìm thấy tệp" : cause.getMessage();
            message += " (" + why + ")";
        }
        return message;
    }

    /**
     * {@code --rules} alone when given; otherwise, run inside a site, Loa's rules with the province's own rule
     * files (tuy-bien/checker/rules/) over them, as the bake checks; elsewhere the rules bundled with Loa.
     */
    private List<Path> ruleLayers() {
        if (rules != null) {
            return List.of(rules);
        }
        Path local = Path.of(RuleLoader.BUNDLED);
        return Files.isDirectory(local) ? vn.loa.build.Overrides.layers(local, vn.loa.build.Overrides.rules(Path.of("")))
            : List.of();
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("Không ghi được báo cáo vào " + file, e);
        }
    }

    /** Lets the command run on its own until the lead registers it under {@code loa}. */
    public static void main(String[] args) {
        System.exit(vn.loa.cli.ParameterErrors.install(new CommandLine(new CheckCommand())).execute(args));
    }
}
