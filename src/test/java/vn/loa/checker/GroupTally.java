package vn.loa.checker;

import java.util.Map;
import java.util.TreeMap;

/** True and false positives and false negatives per indicator group, with the table the accuracy tests print. */
final class GroupTally {
    private final Map<String, int[]> counts = new TreeMap<>((a, b) -> Integer.compare(Groups.order(a), Groups.order(b)));

    GroupTally() {
        Groups.CODES.forEach(g -> counts.put(g, new int[3])); // tp, fp, fn
    }

    /** Counts one group of one passage; returns "FP" or "FN" for a miss, null otherwise. */
    String add(String group, boolean expected, boolean reported) {
        int[] c = counts.get(group);
        if (expected && reported) {
            c[0]++;
        } else if (reported) {
            c[1]++;
            return "FP";
        } else if (expected) {
            c[2]++;
            return "FN";
        }
        return null;
    }

    double precision() {
        int[] all = totals();
        return all[0] / (double) Math.max(1, all[0] + all[1]);
    }

    double recall() {
        int[] all = totals();
        return all[0] / (double) Math.max(1, all[0] + all[2]);
    }

    double recall(String group) {
        int[] c = counts.get(group);
        return c[0] + c[2] == 0 ? 1.0 : c[0] / (double) (c[0] + c[2]);
    }

    String table() {
        StringBuilder t = new StringBuilder(String.format("%n%-5s %5s %5s %5s %9s %7s%n", "group", "TP", "FP", "FN",
                "precision", "recall"));
        counts.forEach((g, c) -> t.append(String.format("%-5s %5d %5d %5d %9s %7s%n", g, c[0], c[1], c[2],
                ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]))));
        int[] all = totals();
        t.append(String.format("%-5s %5d %5d %5d %9.3f %7.3f%n", "all", all[0], all[1], all[2], precision(), recall()));
        return t.toString();
    }

    private int[] totals() {
        int[] all = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        return all;
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format("%.3f", a / (double) b);
    }
}
