package vn.loa.build;

import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * JBake's oven with the same steps in the same order (crawl content, crawl data, run every
 * {@link RenderingTool}, copy assets), minus starting OrientDB: stock {@code Oven.bake()} calls the
 * final {@code ContentStore.updateSchema()}, which needs a live OrientDB even though Loa's store
 * keeps nothing there, and starting it costs seconds on every build and every preview.
 */
public class LoaOven extends Oven {
    private final List<Throwable> errors = new ArrayList<>();

    public LoaOven(Utensils utensils) {
        super(utensils);
    }

    @Override
    public void bake() {
        Utensils utensils = getUtensils();
        utensils.getCrawler().crawl();
        utensils.getCrawler().crawlDataFiles();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            try {
                tool.render(utensils.getRenderer(), utensils.getContentStore(), utensils.getConfiguration());
            } catch (RenderingException e) {
                errors.add(e);
            }
        }
        utensils.getAsset().copy();
        utensils.getAsset().copyAssetsFromContent(utensils.getConfiguration().getContentFolder());
        errors.addAll(utensils.getAsset().getErrors());
    }

    @Override
    public List<Throwable> getErrors() {
        return new ArrayList<>(errors);
    }
}
