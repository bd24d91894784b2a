package vn.loa.content;

import java.util.Set;

/**
 * A kind of content an officer can write (article, page, event, infographic...): its JBake
 * {@code type}, where its pages live, and which extra header keys it accepts and how they are checked.
 * Features add their own types to {@link ContentTypes}.
 */
public interface ContentType {
    /** The JBake {@code type=} value, e.g. {@code post}. */
    String type();

    /** What officers call it, in Vietnamese, for messages and the build summary. */
    String label();

    /** URL section, e.g. {@code bai-viet} for {@code /bai-viet/<slug>/}; empty for top-level pages. */
    String section();

    /** Header keys beyond the common ones (see {@link HeaderValidator#COMMON_KEYS}). */
    default Set<String> extraKeys() {
        return Set.of();
    }

    /** Checks the type's own header keys; called only when the common keys were readable. */
    default void validate(ContentHeader header, ProblemSink problems) {
    }

    /** The FreeMarker template for one document of this type. */
    default String template() {
        return type() + ".ftl";
    }
}
