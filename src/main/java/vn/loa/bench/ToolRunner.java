package vn.loa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a command as a separate process and measures its wall time (System.nanoTime) and peak RSS
 * (from {@code /usr/bin/time -v}, or by polling VmHWM in {@code /proc/<pid>/status} when that is missing).
 */
final class ToolRunner {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU_TIME = Pattern.compile("(?:User|System) time \\(seconds\\): ([0-9.]+)");
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    private final boolean gnuTime = Files.isExecutable(GNU_TIME);

    boolean usesGnuTime() {
        return gnuTime;
    }

    /** Runs the command with its output in the log file; never throws for a failing tool. */
    Measurement run(String tool, int articles, List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Path timeFile = log.resolveSibling(log.getFileName() + ".time");
        List<String> full = new ArrayList<>();
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeFile.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        double busyBefore = CpuStat.busySeconds();
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            Files.writeString(log, "could not start " + command + ": " + e.getMessage() + "\n", StandardCharsets.UTF_8);
            return new Measurement(tool, articles, 0, -1, -1, -1, -1, -1, log);
        }
        Thread stopChild = new Thread(() -> stop(process));
        Runtime.getRuntime().addShutdownHook(stopChild);
        long polledPeak = gnuTime ? -1 : pollPeakRss(process);
        int exit = waitFor(process);
        Runtime.getRuntime().removeShutdownHook(stopChild);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = gnuTime ? cpuSeconds(timeFile) : -1;
        double others = CpuStat.otherCores(busyBefore, CpuStat.busySeconds(), cpu, wall);
        long peak = gnuTime ? parseMaxRss(timeFile).orElse(-1L) : polledPeak;
        return new Measurement(tool, articles, wall, cpu, peak, exit, others, -1, log);
    }

    /** Ends the tool and its children (e.g. java under /usr/bin/time) when the harness itself is stopped. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long pollPeakRss(Process process) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = -1;
        while (process.isAlive()) {
            try {
                Matcher m = VM_HWM.matcher(Files.readString(status));
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
                Thread.sleep(20);
            } catch (IOException e) {
                break; // the process ended between isAlive and the read
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return peak;
    }

    /** User plus system CPU seconds reported by /usr/bin/time, or -1. */
    private static double cpuSeconds(Path timeFile) {
        try {
            Matcher m = CPU_TIME.matcher(Files.readString(timeFile));
            double total = 0;
            int found = 0;
            while (m.find()) {
                total += Double.parseDouble(m.group(1));
                found++;
            }
            return found == 2 ? total : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static Optional<Long> parseMaxRss(Path timeFile) {
        try {
            Matcher m = MAX_RSS.matcher(Files.readString(timeFile));
            return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Number of {@code .html} files below a folder (0 when it does not exist). */
    static long countHtml(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".html")).count();
        }
    }

    /** The log lines matching {@code keep}, or its last lines when none does. */
    static List<String> summaryLines(Path log, Pattern keep, int tail) {
        List<String> lines;
        try {
            lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
        List<String> kept = lines.stream().filter(l -> keep.matcher(l).find()).toList();
        return kept.isEmpty() ? lines.subList(Math.max(0, lines.size() - tail), lines.size()) : kept;
    }
}
