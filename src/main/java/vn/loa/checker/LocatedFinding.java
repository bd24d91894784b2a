package vn.loa.checker;

import java.util.List;

/** A finding before suppression, with the suppressions in force where it was found. */
record LocatedFinding(RawFinding finding, List<Suppression> suppressions) {
}
