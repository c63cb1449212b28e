/**
 * Loading bars from CSV files, and the validation every bar source shares.
 *
 * <ul>
 *   <li>{@link dev.backtester.core.data.CsvFormat} describes a file layout (presets for Yahoo daily files and
 *       Date,Time intraday files); {@link dev.backtester.core.data.CsvBarReader} reads one file into a
 *       {@link dev.backtester.api.data.BarSeries}.</li>
 *   <li>{@link dev.backtester.core.data.BarValidator} holds the bar rules (finite, positive prices,
 *       {@code low <= open, close <= high}, non-negative volume, strictly increasing times) on plain column
 *       arrays, for any source; the CSV reader adds file, line and column to what it finds.</li>
 *   <li>Bad input is never silently loaded: every problem becomes a
 *       {@link dev.backtester.core.data.DataProblem} in a {@link dev.backtester.core.data.ValidationReport},
 *       and the {@link dev.backtester.core.data.BadBarPolicy} decides between failing with a
 *       {@link dev.backtester.core.data.DataValidationException} and dropping the bad rows.</li>
 *   <li>{@link dev.backtester.core.data.SeriesValidator} is the reusable data validator for any source: the bar
 *       rules plus the {@link dev.backtester.core.data.QualityRules} (bars outside the calendar's sessions, gaps
 *       longer than the calendar allows, outlier returns). Every finding is a
 *       {@link dev.backtester.core.data.DataFinding} with symbol, time and values in a
 *       {@link dev.backtester.core.data.QualityReport}; the {@link dev.backtester.core.data.QualityPolicy} fails,
 *       drops and reports, or forward-fills (a bad or missing bar becomes a flat bar at the previous close with
 *       volume 0).</li>
 *   <li>{@link dev.backtester.core.data.BarSeriesBuilder} collects bars one at a time;
 *       {@link dev.backtester.core.data.DataLoading} loads many symbols from any provider in parallel.</li>
 *   <li>{@link dev.backtester.core.data.CsvDirectoryProvider} and
 *       {@link dev.backtester.core.data.InMemoryDataProvider} implement
 *       {@link dev.backtester.api.data.DataProvider}.</li>
 * </ul>
 *
 * <p>Public classes are immutable or stateless and safe to share between threads; the package-private
 * parsing helpers hold per-file state and live only for one read.
 */
package dev.backtester.core.data;
