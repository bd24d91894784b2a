package vn.loa.build;

import vn.loa.content.ContentTypes;

/**
 * A feature that hangs on the bake (calendar, infographics, sharing, support directory...).
 * Each hook runs once per bake; features are listed in {@link SiteFeatures}.
 */
public interface SiteFeature {

    /** Adds the content types this feature owns (e.g. {@code event}). */
    default void registerTypes(ContentTypes types) {
    }

    /**
     * After every file is parsed and before anything is rendered: read data files, check documents
     * of the feature's types (reporting problems with file and line), and add what templates need
     * to the documents or to {@link SiteModel#globals()}.
     */
    default void prepare(SiteModel site, BuildProblems problems) {
    }

    /** Writes the feature's own outputs (pages through templates, .ics files, images...). */
    default void render(SiteModel site, SiteOutput output) throws Exception {
    }
}
