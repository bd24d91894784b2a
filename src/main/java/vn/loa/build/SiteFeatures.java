package vn.loa.build;

import vn.loa.infographic.InfographicFeature;

import java.util.List;

/** The features every Loa bake runs, in order. Add a feature here and nowhere else. */
public final class SiteFeatures {
    private SiteFeatures() {
    }

    public static List<SiteFeature> all() {
        return List.of(
            new InfographicFeature());
    }
}
