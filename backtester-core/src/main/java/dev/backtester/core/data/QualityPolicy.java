package dev.backtester.core.data;

/** What {@link SeriesValidator} does about the findings it reports. */
public enum QualityPolicy {
    /** Any finding fails with a {@link DataQualityException} listing all of them. */
    FAIL,
    /** Bad bars and bars out of time order are dropped; every finding is reported. */
    DROP_AND_REPORT,
    /**
     * Where a value can be carried forward it is: a bar with bad values and a bar missing from the
     * calendar's grid become a flat bar at the previous close with volume 0. Bars out of time order are
     * dropped (there is no time to fill them at), and a bad first bar, with no close before it, too.
     */
    FORWARD_FILL
}
