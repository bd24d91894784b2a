package vn.loa.checker;

import java.util.List;

/**
 * Decides whether a page is about gender-based violence from strong and weak topic terms
 * (lexicon lists {@code topic_strong}, {@code topic_weak}). A term in the headline weighs double; the
 * headline counts once even though it appears as title, h1 and og:title.
 */
final class TopicClassifier {
    private TopicClassifier() {
    }

    static boolean isViolence(List<BlockAnalysis> blocks, Lexicon lexicon) {
        int strong = lexicon.setting("topic_strong_weight", 2);
        int weak = lexicon.setting("topic_weak_weight", 1);
        int threshold = lexicon.setting("topic_threshold", 4);
        int headline = 0;
        int body = 0;
        for (BlockAnalysis b : blocks) {
            int score = b.count("topic_strong") * strong + b.count("topic_weak") * weak;
            switch (b.block().scope()) {
                case HEADLINE -> headline = Math.max(headline, 2 * score);
                case ALT -> { }
                default -> body += score;
            }
        }
        return headline + body >= threshold;
    }
}
