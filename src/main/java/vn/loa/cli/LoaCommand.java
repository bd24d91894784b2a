package vn.loa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.loa.bench.BenchCommand;
import vn.loa.build.FailureText;
import vn.loa.checker.CheckCommand;
import vn.loa.launch.JvmRelaunch;
import vn.loa.scaffold.InitCommand;
import vn.loa.scaffold.NewCommand;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Loa's command-line tool: {@code java -jar target/loa.jar <lệnh>}. */
@Command(name = "loa",
    mixinStandardHelpOptions = true,
    version = "Loa 0.1",
    description = "Dựng trang web thông tin về bình đẳng giới từ nội dung AsciiDoc/Markdown bằng JBake.",
    subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, WeightCommand.class,
        NewCommand.class, InitCommand.class, BenchCommand.class})
public final class LoaCommand implements Runnable {

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        int relaunched = JvmRelaunch.relaunchIfUseful(LoaCommand.class.getName(), args);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        quietEngineLogs();
        System.exit(commandLine().execute(args));
    }

    /** OrientDB and JRuby log through java.util.logging; officers need only Loa's own summary. */
    private static final java.util.logging.Logger FREEMARKER_LOG = java.util.logging.Logger.getLogger("freemarker");

    static void quietEngineLogs() {
        // Template errors reach the officer as one line naming the template; not as FreeMarker's dump.
        FREEMARKER_LOG.setLevel(java.util.logging.Level.OFF);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.OFF); // Loa reports engine problems itself, with file and line
        for (java.util.logging.Handler handler : root.getHandlers()) {
            handler.setLevel(java.util.logging.Level.SEVERE);
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LoaCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Whatever a command lets escape reaches the officer as one Vietnamese sentence; the trace only with --verbose.
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            command.getErr().println("Loa: lệnh không chạy được: " + FailureText.describe(error));
            if (parsed.originalArgs().contains("--verbose")) {
                error.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return 2;
        });
        return ParameterErrors.install(cli);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
