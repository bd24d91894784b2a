package vn.loa.checker;

import java.util.List;

/**
 * The outcome of checking one page: findings in page order, the G8 metrics, whether the page was
 * judged to be about gender-based violence, and every suppression directive with how many findings
 * it silenced.
 */
public record PageResult(String file, List<Finding> findings, SourceMetrics metrics, TopicDecision topic,
                         List<SuppressionUse> suppressions) implements java.io.Serializable {

    /** Judged to be about gender-based violence (see {@link #topic()} for why). */
    public boolean violenceTopic() {
        return topic.violence();
    }

    /** A directive as found on the page and the number of findings it silenced. */
    public record SuppressionUse(String kind, String targets, String reason, String where, int silenced,
                                 String sourceFile) implements java.io.Serializable {
    }

    public boolean has(Severity atLeast) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(atLeast));
    }
}
