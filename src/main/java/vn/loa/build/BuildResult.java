package vn.loa.build;

import java.util.List;
import java.util.Map;

/**
 * What a successful bake produced.
 *
 * @param countsByType documents baked per content type label ("bài viết" -> 14)
 * @param phasesMillis time per phase, in order
 * @param checkSummary the checker's one-line summary, or null when it did not run
 */
public record BuildResult(Map<String, Integer> countsByType, List<BuildProblem> warnings,
                          Map<String, Long> phasesMillis, long totalMillis, String checkSummary) {
}
