package vn.loa.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.loa.build.PausingBuildMain;

/**
 * A {@code loa build} in its own JVM that stops at a named step of the bake (see {@link PausingBuildMain}), so a
 * test can kill it there for real ({@code destroyForcibly}: no shutdown hook, no finally block runs), or keep it
 * holding the output's lock while another build starts.
 */
public final class ForkedBuild implements AutoCloseable {
    private final Process process;
    private final CountDownLatch paused = new CountDownLatch(1);
    private final StringBuffer output = new StringBuffer();

    private ForkedBuild(Process process) {
        this.process = process;
        Thread reader = new Thread(this::drain, "forked-build-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the build; call {@link #awaitPause} before relying on it having reached the step. */
    public static ForkedBuild pausingAt(String step, String pathPart, Path site, Path output) {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-Xmx1g", "-Dfile.encoding=UTF-8",
            "-cp", System.getProperty("java.class.path"),
            PausingBuildMain.class.getName(), step, pathPart,
            "build", "--source", site.toString(), "--output", output.toString()));
        try {
            return new ForkedBuild(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True once the build stopped at its step; false if it ended (or the time ran out) first. */
    public boolean awaitPause(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (paused.await(100, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (!process.isAlive()) {
                return paused.getCount() == 0;
            }
        }
        return false;
    }

    /** Kills the JVM at once, as a power cut or {@code kill -9} would, and waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void drain() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith(PausingBuildMain.PAUSED)) {
                    paused.countDown();
                }
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }
}
