package vn.loa.build;

import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleDate;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleSequence;
import freemarker.template.Template;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.ModelAttributes;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngineAdapter;
import org.jbake.template.model.TemplateModel;
import org.jbake.util.DataFileUtil;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Date;
import java.util.Map;

/**
 * JBake's FreeMarker engine, with the same template settings and the same variables, minus two costs
 * it pays on every variable of every page: JBake's model looks each name up among its model
 * extractors first and, for the ordinary names ({@code content}, {@code site}…), builds and throws an
 * exception with a stack trace before falling back to the page's own variables; and it copies the
 * whole configuration into a new map for every page. Here the extractor is asked only for names it
 * knows, and the configuration map is made once per build.
 */
final class LoaTemplateEngine extends AbstractTemplateEngine {
    private final Configuration templates;
    private final Map<String, Object> configMap;
    private final ModelExtractors extractors = ModelExtractors.getInstance();
    private final String version;
    /**
     * Templates by name for this build. FreeMarker's own cache also answers every lookup, but first tries
     * the localised names (post_vi_VN.ftl…) and checks the file for changes, for each of a thousand pages.
     */
    private final Map<String, Template> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    LoaTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        // As FreemarkerTemplateEngine configures it, so templates behave exactly as under stock JBake.
        templates = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        templates.setDefaultEncoding(config.getRenderEncoding());
        templates.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            templates.setTimeZone(config.getFreemarkerTimeZone());
            templates.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        try {
            templates.setTemplateLoader(templateLoader(config.getTemplateFolder().toPath(),
                config.getSourceFolder().toPath()));
        } catch (IOException e) {
            throw new IllegalStateException("templates folder " + config.getTemplateFolder() + ": " + e.getMessage(), e);
        }
        configMap = config.asHashMap();
        version = config.getVersion();
    }

    /** The province's templates (tuy-bien/templates/) before Loa's: a file there replaces Loa's of the same name. */
    private static freemarker.cache.TemplateLoader templateLoader(Path loaTemplates, Path source) throws IOException {
        List<Path> folders = new ArrayList<>(Overrides.layers(loaTemplates, Overrides.templates(source)));
        Collections.reverse(folders);
        List<freemarker.cache.TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : folders) {
            loaders.add(new freemarker.cache.FileTemplateLoader(folder.toFile()));
        }
        if (loaders.isEmpty()) {
            loaders.add(new freemarker.cache.FileTemplateLoader(loaTemplates.toFile()));
        }
        return new freemarker.cache.MultiTemplateLoader(loaders.toArray(new freemarker.cache.TemplateLoader[0]));
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        model.setVersion(version);
        model.setConfig(configMap);
        try {
            Template template = loaded.get(templateName);
            if (template == null) {
                template = templates.getTemplate(templateName);
                loaded.put(templateName, template);
            }
            template.process(new PageVariables(templates.getObjectWrapper(), model), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** The page's variables, with JBake's extracted collections (published_posts, alltags…) and db/data. */
    private final class PageVariables implements TemplateHashModel {
        private final ObjectWrapper wrapper;
        private final TemplateModel model;
        private final SimpleHash eager;

        PageVariables(ObjectWrapper wrapper, TemplateModel model) {
            this.wrapper = wrapper;
            this.model = model;
            this.eager = new SimpleHash(model, wrapper);
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            if (key.equals(ModelAttributes.DB)) {
                return new BeansWrapperBuilder(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS).build().wrap(db);
            }
            if (key.equals(ModelAttributes.DATA)) {
                return new BeansWrapperBuilder(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS).build()
                    .wrap(new DataFileUtil(db, config.getDataFileDocType()));
            }
            if (!extractors.containsKey(key)) {
                return eager.get(key);
            }
            try {
                return extractors.extractAndTransform(db, key, model, new TemplateEngineAdapter<freemarker.template.TemplateModel>() {
                    @Override
                    public freemarker.template.TemplateModel adapt(String name, Object value) {
                        if (name.equals(ModelAttributes.ALLTAGS)) {
                            return new SimpleCollection((Collection<?>) value, wrapper);
                        } else if (name.equals(ModelAttributes.PUBLISHED_DATE)) {
                            return new SimpleDate((Date) value, TemplateDateModel.UNKNOWN);
                        }
                        return new SimpleSequence((Collection<?>) value, wrapper);
                    }
                });
            } catch (NoModelExtractorException e) {
                return eager.get(key);
            }
        }

        @Override
        public boolean isEmpty() {
            return false; // as JBake's model says: names may come from extractors
        }
    }
}
