package vn.loa.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Command-line mistakes (an unknown option, a missing folder argument, a bad value) as one
 * Vietnamese line and a pointer to the help, exit code 2; never picocli's English text or a stack trace.
 */
public final class ParameterErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(message(e));
        err.println("Xem cách dùng: " + cmd.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return 2;
    }

    static String message(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            String what = String.join(" ", u.getUnmatched());
            return what.startsWith("-") ? "Không có tùy chọn " + what + "." : "Thừa tham số: " + what + ".";
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return "Thiếu tham số: " + String.join(", ", m.getMissing().stream().map(a -> a.paramLabel()).toList()) + ".";
        }
        if (e instanceof CommandLine.OverwrittenOptionException) {
            return "Một tùy chọn được ghi hai lần: " + e.getMessage();
        }
        return "Tham số không hợp lệ: " + e.getMessage();
    }

    /** Installs the handler on a command line (and so on all its subcommands). */
    public static CommandLine install(CommandLine cli) {
        cli.setParameterExceptionHandler(new ParameterErrors());
        return cli;
    }
}
