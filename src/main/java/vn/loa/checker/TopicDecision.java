package vn.loa.checker;

import java.util.List;

/**
 * Whether a page is about gender-based violence, and why: the score, the threshold it was held
 * against and every term that counted. Reported per page so an editor can see what the checker
 * decided before reading the violence-only findings (G5, G6, G7, G10) or missing them.
 *
 * @param violence  score reached the threshold
 * @param score     sum of the weights of {@code terms}
 * @param threshold the {@code topic_threshold} setting
 * @param terms     what counted, in page order
 */
public record TopicDecision(boolean violence, int score, int threshold, List<Term> terms) implements java.io.Serializable {

    /** Not about violence, nothing found. */
    static final TopicDecision NONE = new TopicDecision(false, 0, 4, List.of());

    /**
     * One piece of evidence.
     *
     * @param text   the words as written (for an act: from the actor to the act)
     * @param kind   {@link Kind#id()}
     * @param weight points it added (a headline term counts double)
     * @param scope  where it was found ({@link Scope#id()}, or "tags")
     */
    public record Term(String text, String kind, int weight, String scope) implements java.io.Serializable {
    }

    /** Kinds of evidence; {@code id()} is the JSON name, the label the HTML report's Vietnamese. */
    public enum Kind {
        STRONG("từ mạnh"), ACT("hành vi bạo lực"), WEAK("từ yếu"), CONTEXT("hậu quả, tố tụng"), TAG("thẻ chủ đề");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static String labelOf(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k.label;
                }
            }
            return id;
        }
    }
}
