package dev.backtester.core.data;

/** What a loader does when some rows of a file are invalid. */
public enum BadBarPolicy {
    /** Any problem fails the load with a {@link DataValidationException} listing every problem. */
    FAIL,
    /**
     * Invalid rows are dropped and listed in the returned {@link ValidationReport}. Problems that leave no
     * usable series (empty file, header only, missing columns, every row invalid) still fail the load.
     */
    DROP_AND_REPORT
}
