package vn.loa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Machine-wide busy CPU time from {@code /proc/stat}, to tell how much of the machine other processes
 * used while a tool ran (the benchmark machine may be shared).
 */
final class CpuStat {

    /** Linux reports /proc/stat in USER_HZ ticks, 100 per second on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuStat() {
    }

    /** Busy CPU seconds of the whole machine since boot (user, nice, system, irq, softirq, steal), or -1. */
    static double busySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Average number of cores other processes kept busy during a run: machine busy time minus the
     * tool's own CPU time, divided by the wall time; -1 when unknown.
     */
    static double otherCores(double busyBefore, double busyAfter, double toolCpuSeconds, double wallSeconds) {
        if (busyBefore < 0 || busyAfter < 0 || toolCpuSeconds < 0 || wallSeconds <= 0) {
            return -1;
        }
        return Math.max(0, (busyAfter - busyBefore - toolCpuSeconds) / wallSeconds);
    }
}
