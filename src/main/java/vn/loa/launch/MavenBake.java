package vn.loa.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code mvn package} runs to bake the site (exec-maven-plugin's {@code java} goal, inside Maven's JVM):
 * {@code java -jar loa.jar build ...} as a child process with the console passed through, as the {@code exec}
 * goal did. When the bake fails, this stops Maven at once with the bake's exit code, so the officer reads Loa's
 * Vietnamese message and one line from here, not Maven's failure report and the plugin's stack trace.
 *
 * <p>Arguments: the jar, then the arguments of {@code loa}.
 */
public final class MavenBake {
    private MavenBake() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: MavenBake loa.jar build --source DIR --output DIR");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-jar");
        command.addAll(List.of(args));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            System.err.println("[Loa] mvn dừng lại vì trang web không dựng được (mã " + exit + "); xem thông báo ở trên.");
            System.err.flush();
            Runtime.getRuntime().halt(exit); // not exit(): Maven's shutdown hooks would print its own failure report
        }
    }
}
