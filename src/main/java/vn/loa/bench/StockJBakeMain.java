package vn.loa.bench;

import java.io.File;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a site with stock JBake 2.7.0, exactly as its own launcher does: default configuration from
 * the site's jbake.properties, cache cleared, {@link Oven#bake()}. Prints the number of errors and
 * exits with 1 when there are any.
 *
 * <p>Usage: {@code java -cp loa.jar:lib/* vn.loa.bench.StockJBakeMain <source> <destination>}
 */
public final class StockJBakeMain {

    private StockJBakeMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: StockJBakeMain <source> <destination>");
            System.exit(2);
        }
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(config);
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        System.out.println("stock jbake errors: " + errors.size());
        errors.stream().limit(10).forEach(e -> System.out.println("  " + e));
        System.exit(errors.isEmpty() ? 0 : 1);
    }
}
