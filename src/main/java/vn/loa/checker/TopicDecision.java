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

    /** Kinds of evidence, with the Vietnamese label shown in the HTML report. */
    public enum Kind {
        STRONG("strong", "từ mạnh"),
        ACT("act", "hành vi bạo lực"),
        WEAK("weak", "từ yếu"),
        CONTEXT("context", "hậu quả, tố tụng"),
        TAG("tag", "thẻ chủ đề");

        private final String id;
        private final String label;

        Kind(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        static String labelOf(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k.label;
                }
            }
            return id;
        }
    }
}
