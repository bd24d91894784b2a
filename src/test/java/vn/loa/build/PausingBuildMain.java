package vn.loa.build;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.loa.cli.LoaCommand;

/**
 * A {@code loa} command in its own JVM that stops at one named step of the bake, prints {@link #PAUSED} and waits
 * there to be killed (the test kills it with {@code destroyForcibly}, as an officer's Ctrl+C or a power cut would).
 *
 * <p>Arguments: the step, a text the step's path must contain ("" for any), then the {@code loa} arguments.
 */
public final class PausingBuildMain {
    public static final String PAUSED = "LOA-TEST-PAUSED";

    private PausingBuildMain() {
    }

    public static void main(String[] args) throws Exception {
        String step = args[0];
        String pathPart = args[1];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Faults.onEveryStep((at, path) -> {
            if (at.equals(step) && path.toString().replace('\\', '/').contains(pathPart)) {
                out.println(PAUSED + " " + at + " " + path);
                out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.exit(LoaCommand.commandLine().execute(Arrays.copyOfRange(args, 2, args.length)));
    }
}
