package vn.loa.build;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.StringWriter;
import java.util.Map;

/**
 * JBake's renderer, used by Loa as a template call that returns text: the caller decides where the
 * page goes (the staging folder), so a template that fails never leaves FreeMarker's error dump in
 * a published page.
 */
public class LoaRenderer extends Renderer {
    private final LoaTemplateEngine engine;
    private final SiteContext site;

    public LoaRenderer(LoaContentStore store, SiteContext site) {
        super(store, site.config(), new org.jbake.template.DelegatingTemplateEngine(store, site.config()));
        this.engine = new LoaTemplateEngine(site.config(), store);
        this.site = site;
    }

    public SiteContext site() {
        return site;
    }

    /** Renders a template with the given variables (plus JBake's own: config, db, published_posts...). */
    public String renderToString(String template, Map<String, Object> variables) throws TemplateFailure {
        TemplateModel model = new TemplateModel();
        model.putAll(variables);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine.renderDocument(model, template, out);
        } catch (RenderingException e) {
            throw TemplateFailure.from(template, e);
        }
        return out.toString();
    }

    /** Loa renders documents through {@link LoaRenderingTool}; JBake's per-document path is not used. */
    @Override
    public void render(DocumentModel content) {
        throw new UnsupportedOperationException("Loa renders documents through LoaRenderingTool");
    }

    /** A template failed: which template, which line, and FreeMarker's own words for developers. */
    public static final class TemplateFailure extends Exception {
        private final String template;
        private final int line;

        TemplateFailure(String template, int line, String detail, Throwable cause) {
            super(detail, cause);
            this.template = template;
            this.line = line;
        }

        static TemplateFailure from(String template, RenderingException e) {
            Throwable cause = e.getCause();
            int line = 0;
            String name = template;
            String detail = cause == null ? e.getMessage() : cause.getMessage();
            if (cause instanceof TemplateException te) {
                line = te.getLineNumber() == null ? 0 : te.getLineNumber();
                name = te.getTemplateSourceName() == null ? template : te.getTemplateSourceName();
                detail = te.getMessageWithoutStackTop();
            } else if (cause instanceof ParseException pe) {
                line = pe.getLineNumber();
                name = pe.getTemplateName() == null ? template : pe.getTemplateName();
                detail = pe.getEditorMessage();
            }
            return new TemplateFailure(name, line, detail, e);
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }
    }
}
