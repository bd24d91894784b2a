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
     * Optional head start, called as soon as every header is checked, when some bodies still need
     * parsing (on a cold AsciiDoc bake, while JRuby starts and a core is idle): queue files that depend only on header facts (title, URL, date, unit,
     * cover) with {@link SiteContext#earlyFiles()}. {@code headers} carry what
     * {@link vn.loa.content.DocumentFacts#apply} derives from each header, but no body. Whatever is
     * queued must be asked for again, with the same digest, in {@link #render}.
     */
    default void early(java.util.List<org.jbake.model.DocumentModel> headers, SiteContext site) {
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
