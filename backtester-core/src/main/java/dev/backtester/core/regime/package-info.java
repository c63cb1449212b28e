/**
 * Built-in market regime classifiers and the {@link dev.backtester.core.regime.Regimes} factory:
 * a trend regime (close against a long moving average and its slope), a volatility regime
 * (percentile of realized volatility) and the combined bull/neutral/bear classifier of the
 * original design, plus {@code Regimes.allow(...)} for {@code StrategyBuilder.regime(selection, 0.8)}.
 *
 * <p>Every classifier reads indicators it declares on the strategy builder
 * ({@link dev.backtester.api.UsesIndicators}) and looks only at the current bar and earlier ones.
 * Each also exposes its arithmetic as a pure function over plain numbers, for research and tests.
 */
package dev.backtester.core.regime;
