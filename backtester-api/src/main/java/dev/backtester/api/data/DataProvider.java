package dev.backtester.api.data;

import java.util.List;

/**
 * A source of bar series by symbol: CSV files, a column cache, a database.
 *
 * <p>Implementations validate what they load; a series they return is ready for the engine.
 * Failures are reported as unchecked exceptions whose message names the source and the problem.
 */
public interface DataProvider {

    /** The symbols this provider can load, in a stable order. */
    List<String> symbols();

    /** Loads all bars of {@code symbol}. */
    BarSeries load(String symbol);
}
