package vn.loa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A short description of the machine a benchmark ran on. */
final class MachineInfo {

    private MachineInfo() {
    }

    static List<String> describe(String java) {
        List<String> lines = new ArrayList<>();
        lines.add("cpus (nproc): " + Runtime.getRuntime().availableProcessors());
        lines.add("cpu model: " + procValue("/proc/cpuinfo", "model name"));
        lines.add("memory: " + procValue("/proc/meminfo", "MemTotal"));
        lines.add("load average (1, 5, 15 min) at start: " + loadAverage());
        lines.add("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " " + System.getProperty("os.arch"));
        lines.add("java: " + String.join(" | ", output(List.of(java, "-version"))));
        lines.add("hugo: " + String.join(" ", output(List.of("hugo", "version"))));
        return lines;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String procValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    /** The combined output lines of a short command, or a note when it cannot run. */
    static List<String> output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] bytes = p.getInputStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
            return new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip).toList();
        } catch (IOException e) {
            return List.of("not available (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted");
        }
    }
}
