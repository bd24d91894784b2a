package vn.loa.launch;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-runs a bake in a JVM tuned for it. AsciidoctorJ runs Ruby on JRuby: with the JVM's default
 * two-tier JIT, the optimising compiler spends seconds compiling JRuby's interpreter while the
 * bake waits (measured: JRuby start 8.2 s and 13–18 ms per article with it, 4.5 s and 2–4 ms per
 * article with {@code -XX:TieredStopAtLevel=1}). A short-lived bake is better served by the quick
 * compiler alone, so {@code build} and {@code serve} restart themselves with it once.
 * When Loa runs from its jar, the bake's JVM also maps a {@link ClassArchive} of Loa's classes.
 * Set {@code LOA_NO_RELAUNCH=1} to run in the current JVM as it is.
 */
public final class JvmRelaunch {
    public static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";
    private static final String MARKER = "loa.relaunched";
    private static final String GC_TIME_RATIO = "-XX:GCTimeRatio=4";
    private static final String PARALLEL_GC = "-XX:+UseParallelGC";

    private JvmRelaunch() {
    }

    /**
     * @param mainClass the command-line entry point the child JVM runs with the same arguments
     * @return the child's exit code, or -1 when this JVM should do the work itself
     */
    public static int relaunchIfUseful(String mainClass, String[] args) {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("serve"))) {
            return -1;
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (Boolean.getBoolean(MARKER) || System.getenv("LOA_NO_RELAUNCH") != null || jvmArgs.contains(QUICK_JIT)) {
            return -1;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(QUICK_JIT);
        // A bake allocates fast and keeps little: 0.8–1.1 GB live at 20,000 articles. G1 sized its young
        // generation for short pauses and committed 2.5 GB (2.7 GB peak RSS) even when allowed 20% of the time
        // for GC; the parallel collector with that allowance peaked at 1.5 GB in the same or less time
        // (49 s against 43–55 s for G1), and at 1,000 articles at about 300 MB instead of 530 MB.
        command.add(PARALLEL_GC);
        if (args[0].equals("build")) {
            command.add(GC_TIME_RATIO); // the preview server lives long and rebuilds often: it may keep a larger heap
        }
        command.add("-D" + MARKER + "=true");
        command.add("-Dfile.encoding=UTF-8");
        for (String arg : jvmArgs) {
            if (arg.startsWith("-Xm") || arg.startsWith("-D")) {
                command.add(arg); // keep memory limits and properties the caller chose
            }
        }
        String classPath = System.getProperty("java.class.path");
        ClassArchive archive = ClassArchive.forClassPath(classPath);
        Path recording = null;
        if (archive != null) {
            // A build records the archive when it ends; a preview server is stopped with Ctrl+C, so it only uses one.
            recording = args[0].equals("build") && !archive.exists() ? archive.recordingPath() : null;
            command.addAll(archive.jvmOptions(recording));
            classPath = Path.of(classPath).toAbsolutePath().toString(); // the archive records the jar by its full path
        }
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            int exit = child.waitFor();
            if (recording != null) {
                if (exit == 0) {
                    archive.install(recording);
                } else {
                    ClassArchive.discard(recording);
                }
            }
            return exit;
        } catch (Exception e) {
            return -1; // could not start a second JVM: do the work here, only slower
        }
    }
}
