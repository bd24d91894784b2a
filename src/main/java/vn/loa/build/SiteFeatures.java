package vn.loa.build;

import vn.loa.calendar.CalendarFeature;
import vn.loa.infographic.InfographicFeature;
import vn.loa.search.SearchFeature;
import vn.loa.sharing.SharingFeature;
import vn.loa.support.SupportFeature;

import java.util.List;

/** The features every Loa bake runs, in order. Add a feature here and nowhere else. */
public final class SiteFeatures {
    private SiteFeatures() {
    }

    public static List<SiteFeature> all() {
        return List.of(
            new CalendarFeature(),
            new InfographicFeature(),
            // after the features that register content types: adds the safety header keys to all of them
            new SupportFeature(),
            // after the features whose pages it indexes (support directory, observances)
            new SearchFeature(),
            // last: makes a QR code file for every page the features above have written
            new SharingFeature());
    }
}
