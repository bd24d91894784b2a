package vn.loa.build;

import org.jbake.app.configuration.JBakeConfiguration;
import vn.loa.content.ContentTypes;
import vn.loa.content.HeaderValidator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything one bake shares between Loa's crawler, renderer and features: the configuration,
 * the options, where problems go, the content types and what the crawler found.
 */
public final class SiteContext {
    private final JBakeConfiguration config;
    private final BuildOptions options;
    private final BuildProblems problems;
    private final ContentTypes types;
    private final HeaderValidator validator;
    private final SiteInfo info;
    private final List<SiteFeature> features;
    private final Map<String, ParsedDocument> parsed = new ConcurrentHashMap<>();
    private volatile Map<String, Object> data = Map.of();
    private volatile PageListener pageListener;
    private volatile RenderMemo renderMemo = RenderMemo.inMemory();
    private volatile EarlyFiles earlyFiles = EarlyFiles.none();
    private final Map<String, Long> phases = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    public SiteContext(JBakeConfiguration config, BuildOptions options, BuildProblems problems,
                       ContentTypes types, List<SiteFeature> features) {
        this.config = config;
        this.options = options;
        this.problems = problems;
        this.types = types;
        this.features = List.copyOf(features);
        this.info = SiteInfo.from(config);
        this.validator = new HeaderValidator(types,
            List.of(assetsDir(), contentDir()), info.unit());
    }

    public JBakeConfiguration config() {
        return config;
    }

    public BuildOptions options() {
        return options;
    }

    public BuildProblems problems() {
        return problems;
    }

    public ContentTypes types() {
        return types;
    }

    public HeaderValidator validator() {
        return validator;
    }

    public SiteInfo info() {
        return info;
    }

    public List<SiteFeature> features() {
        return features;
    }

    public Path root() {
        return options.source();
    }

    public Path contentDir() {
        return config.getContentFolder().toPath();
    }

    public Path assetsDir() {
        return config.getAssetFolder().toPath();
    }

    public Path dataDir() {
        return config.getDataFolder().toPath();
    }

    public Path templatesDir() {
        return config.getTemplateFolder().toPath();
    }

    /** Parsed documents by source path relative to the site root. */
    public Map<String, ParsedDocument> parsed() {
        return parsed;
    }

    public Map<String, Object> data() {
        return data;
    }

    /** Records how long a phase took, for the build summary and the benchmark. */
    public void phase(String name, long startNanos) {
        phases.merge(name, (System.nanoTime() - startNanos) / 1_000_000, Long::sum);
    }

    /** Records a count (pages rendered, pages reused) shown in the summary beside the phases. */
    public void count(String name, long value) {
        phases.put("count " + name, value);
    }

    public Map<String, Long> phases() {
        synchronized (phases) {
            return new java.util.LinkedHashMap<>(phases);
        }
    }

    public RenderMemo renderMemo() {
        return renderMemo;
    }

    public void setRenderMemo(RenderMemo memo) {
        this.renderMemo = memo;
    }

    /** Where features queue files they can make from headers alone while bodies wait for JRuby. */
    public EarlyFiles earlyFiles() {
        return earlyFiles;
    }

    void setEarlyFiles(EarlyFiles early) {
        this.earlyFiles = early;
    }

    public PageListener pageListener() {
        return pageListener;
    }

    public void setPageListener(PageListener listener) {
        this.pageListener = listener;
    }

    void setData(Map<String, Object> data) {
        this.data = Map.copyOf(data);
    }
}
