package dev.backtester.core.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code backtest} block.
 *
 * @param startDate      first date traded (inclusive, in the data's time zone); absent: from the first bar
 * @param endDate        last date traded (inclusive); absent: to the last bar
 * @param initialCapital starting cash
 * @param riskFreeRate   annual risk-free rate for Sharpe and Sortino
 * @param maxLeverage    gross exposure limit as a multiple of equity
 * @param symbols        symbols to trade; empty: every symbol of the data source
 * @param universe       a label for the symbol set, recorded with the run
 * @param data           where the bars come from, unless given when running
 */
public record BacktestSettings(Optional<LocalDate> startDate, Optional<LocalDate> endDate, double initialCapital,
                               double riskFreeRate, double maxLeverage, List<String> symbols,
                               Optional<String> universe, Optional<DataSource> data) {
    public BacktestSettings {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(universe, "universe");
        Objects.requireNonNull(data, "data");
        symbols = List.copyOf(symbols);
    }
}
