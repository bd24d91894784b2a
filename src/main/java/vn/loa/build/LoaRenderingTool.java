package vn.loa.build;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.io.File;
import java.util.Map;

/**
 * Loa's page rendering, plugged into JBake's {@code Oven} through the {@link RenderingTool} service.
 * JBake's own tools see an empty "unrendered" list and disabled index/feed/tag flags, so all pages are
 * made here: in parallel, with previous/next and related links computed once from a sorted list.
 * With any other renderer (stock JBake on the same classpath, as in the benchmark) it does nothing.
 */
public class LoaRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(renderer instanceof LoaRenderer loa) || !(db instanceof LoaContentStore store)) {
            return 0;
        }
        SiteContext context = loa.site();
        BuildProblems problems = context.problems();
        context.earlyFiles().stop(); // from here on the render owns the staging folder
        if (problems.hasErrors()) {
            return 0; // the crawl already failed: render nothing, report everything at once
        }
        long start = System.nanoTime();
        SiteModel site = new SiteModel(context, store.documents());
        context.phase("site model", start);
        for (SiteFeature feature : context.features()) {
            long featureStart = System.nanoTime();
            feature.prepare(site, problems);
            context.phase("prepare " + feature.getClass().getSimpleName(), featureStart);
        }
        context.phase("prepare", start);
        warnAboutMovedUrls(site, context);
        if (problems.hasErrors()) {
            return 0;
        }
        Map<String, Object> siteWide = TemplateVariables.siteWide(site);
        Fingerprints fingerprints = new Fingerprints(Fingerprints.of(SiteBuild.codeStamp(),
            TemplateVariables.folderDigest(context.templatesDir()),
            TemplateVariables.folderDigest(Overrides.templates(context.root())), siteWide));
        fingerprints.index(site.documents());
        context.phase("fingerprints", start);
        SiteOutput output = new SiteOutput(config.getDestinationFolder().toPath(), loa, siteWide,
            context.pageListener(), problems, context.options().output(), context.renderMemo(), fingerprints, context.earlyFiles());
        try {
            start = System.nanoTime();
            CorePages.renderAll(site, output);
            context.phase("render", start);
            for (SiteFeature feature : context.features()) {
                start = System.nanoTime();
                feature.render(site, output);
                context.phase("render " + feature.getClass().getSimpleName(), start);
            }
            CorePages.renderSitemap(site, output);
            output.sweepEarlyFiles();
        } catch (Exception e) {
            throw new RenderingException("Loa rendering failed: " + e.getMessage(), e);
        }
        context.count("rendered", output.renderedCount());
        context.count("reused", output.reusedCount());
        return site.documents().size();
    }

    /**
     * A URL computed from the title changes when the title is edited, and every link already shared on
     * Zalo or Facebook breaks. Loa cannot know what was published elsewhere, but it knows what the last
     * build here published: it warns and says how to keep the old address.
     */
    private static void warnAboutMovedUrls(SiteModel site, SiteContext context) {
        RenderMemo memo = context.renderMemo();
        for (org.jbake.model.DocumentModel doc : site.documents()) {
            String sourcePath = String.valueOf(doc.get("sourcePath"));
            String url = String.valueOf(doc.get("url"));
            String before = memo.previousUrl(sourcePath);
            memo.recordUrl(sourcePath, url);
            ParsedDocument parsed = context.parsed().get(sourcePath);
            if (before != null && !before.equals(url) && parsed != null) {
                String oldSlug = before.replaceAll("/$", "").replaceAll(".*/", "");
                context.problems().warning(parsed.file(), parsed.header().lineOf("title"), "Đường dẫn của trang này đổi từ "
                    + before + " sang " + url + " (do đổi tiêu đề hoặc slug). Ai giữ đường dẫn cũ sẽ gặp trang \"Không tìm "
                    + "thấy\". Nếu trang đã được đăng và chia sẻ, hãy thêm dòng slug=" + oldSlug + " vào phần đầu bài để giữ "
                    + "đường dẫn cũ.");
            }
        }
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return 0;
    }
}
