package vn.loa.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command lines of the benchmarked tools, each run as its own process. */
final class Commands {

    static final String STOCK_LOGBACK = "vn/loa/bench/stock/logback.xml";

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final Path loaJar;
    private final List<String> javaOptions;

    Commands(Path loaJar, List<String> javaOptions) {
        this.loaJar = loaJar.toAbsolutePath().normalize();
        this.javaOptions = List.copyOf(javaOptions);
    }

    String java() {
        return java;
    }

    Path loaJar() {
        return loaJar;
    }

    /** {@code java -jar loa.jar build --source <site> --output <out>}. */
    List<String> loa(Path site, Path out) {
        List<String> cmd = jvm();
        cmd.addAll(List.of("-jar", loaJar.toString(), "build", "--source", site.toString(), "--output", out.toString(),
            "--verbose")); // the bench echoes Loa's phase timings
        return cmd;
    }

    /** Stock JBake on the Loa jar's class path (this JVM's class path when the jar or its lib/ is missing). */
    List<String> stock(Path site, Path out) {
        List<String> cmd = jvm();
        cmd.add("-Dlogback.configurationFile=" + STOCK_LOGBACK);
        cmd.addAll(List.of("-cp", classPath(), StockJBakeMain.class.getName(), site.toString(), out.toString()));
        return cmd;
    }

    static List<String> hugo(Path site, Path out) {
        return List.of("hugo", "--source", site.toString(), "--destination", out.toString(), "--quiet");
    }

    /** Whether an executable of that name is on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loa's jar and libraries plus {@code stock-lib/}: Loa never starts OrientDB and leaves it off its own
     * class path, but stock JBake needs it, so Maven copies it there for the benchmark alone.
     */
    private String classPath() {
        Path lib = loaJar.resolveSibling("lib");
        Path stockLib = loaJar.resolveSibling("stock-lib");
        if (Files.isRegularFile(loaJar) && Files.isDirectory(lib)) {
            return loaJar + File.pathSeparator + lib + File.separator + "*" + File.pathSeparator + stockLib + File.separator + "*";
        }
        return System.getProperty("java.class.path") + File.pathSeparator + stockLib + File.separator + "*";
    }

    private List<String> jvm() {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(javaOptions);
        return cmd;
    }
}
