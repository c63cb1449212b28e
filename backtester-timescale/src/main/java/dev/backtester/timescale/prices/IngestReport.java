package dev.backtester.timescale.prices;

/**
 * What one ingest call did.
 *
 * @param timeframe   the timeframe the bars were stored under
 * @param series      number of series (symbols) ingested
 * @param barsRead    bars sent to the database
 * @param barsWritten bars inserted or changed; bars already stored with equal values are not rewritten
 * @param nanos       wall time of the call, parsing excluded
 */
public record IngestReport(String timeframe, int series, long barsRead, long barsWritten, long nanos) {

    /** Bars sent per second of wall time. */
    public double barsPerSecond() {
        return nanos > 0 ? barsRead * 1e9 / nanos : Double.NaN;
    }
}
