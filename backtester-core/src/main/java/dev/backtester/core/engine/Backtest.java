package dev.backtester.core.engine;

import dev.backtester.api.Strategy;
import dev.backtester.api.corporate.CorporateAction;
import dev.backtester.api.corporate.PriceBasis;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.DataProvider;
import dev.backtester.api.execution.Financing;
import dev.backtester.api.execution.InsufficientFunds;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.run.RunListener;
import dev.backtester.core.execution.CorporateActions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a strategy: the entry point of the engine.
 *
 * <pre>{@code
 * RunResult r = Backtest.of(strategy).initialCapital(100_000).run(series);
 * }</pre>
 *
 * {@link #run} trades all given symbols from one cash account, bar time by bar time;
 * {@link #runEach} runs each symbol on its own account, in parallel on all cores.
 *
 * @param strategy                 what to run
 * @param initialCapital           starting cash (default 100,000)
 * @param riskFreeRate             annual risk-free rate for Sharpe and Sortino (default 0)
 * @param maxLeverage              gross exposure limit as a multiple of equity (default 1: no margin); a long
 *                                 needs 1 / maxLeverage of its value as equity
 * @param listener                 progress observer (default none)
 * @param insufficientFunds        what a fill the account cannot carry does: resize (default) or reject
 * @param financing                borrow fee, cash interest, short margin and day count (default none, Reg T 150%, actual/360)
 * @param corporateActions         explicit splits and cash dividends (default none)
 * @param actionsFromAdjustedClose derive splits and dividends from each series' adjusted-close column (default off)
 * @param signalPrices             prices signal logic and indicators see: raw (default) or adjusted
 * @param journal                  record the decision journal and log its events (default on; switch it off
 *                                 for optimizer trials: it then costs nothing)
 * @param recording                how much the result holds: everything (default) or a {@link Recording#SUMMARY
 *                                 summary} without order events and per-trade attribution, for many-run jobs
 */
public record Backtest(Strategy strategy, double initialCapital, double riskFreeRate, double maxLeverage,
                       RunListener listener, InsufficientFunds insufficientFunds, Financing financing,
                       List<CorporateAction> corporateActions, boolean actionsFromAdjustedClose,
                       PriceBasis signalPrices, boolean journal, Recording recording) {

    public Backtest {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(insufficientFunds, "insufficientFunds");
        Objects.requireNonNull(financing, "financing");
        Objects.requireNonNull(signalPrices, "signalPrices");
        Objects.requireNonNull(recording, "recording");
        corporateActions = List.copyOf(corporateActions);
        if (!(initialCapital > 0 && initialCapital < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("initialCapital must be a finite number > 0, got " + initialCapital);
        }
        if (!(riskFreeRate > -1 && riskFreeRate < 1)) {
            throw new IllegalArgumentException("riskFreeRate must be in (-1, 1), got " + riskFreeRate);
        }
        if (!(maxLeverage >= 1 && maxLeverage <= 100)) {
            throw new IllegalArgumentException("maxLeverage must be in [1, 100], got " + maxLeverage);
        }
    }

    /** A backtest of {@code strategy} with default settings. */
    public static Backtest of(Strategy strategy) {
        return new Backtest(strategy, 100_000, 0.0, 1.0, RunListener.NONE, InsufficientFunds.RESIZE, Financing.NONE,
                List.of(), false, PriceBasis.RAW, true, Recording.FULL);
    }

    /** The same backtest with another starting cash. */
    public Backtest initialCapital(double capital) {
        return new Backtest(strategy, capital, riskFreeRate, maxLeverage, listener, insufficientFunds, financing,
                corporateActions, actionsFromAdjustedClose, signalPrices, journal, recording);
    }

    /** The same backtest with another annual risk-free rate. */
    public Backtest riskFreeRate(double rate) {
        return new Backtest(strategy, initialCapital, rate, maxLeverage, listener, insufficientFunds, financing,
                corporateActions, actionsFromAdjustedClose, signalPrices, journal, recording);
    }

    /** The same backtest with another leverage limit. */
    public Backtest maxLeverage(double leverage) {
        return new Backtest(strategy, initialCapital, riskFreeRate, leverage, listener, insufficientFunds, financing,
                corporateActions, actionsFromAdjustedClose, signalPrices, journal, recording);
    }

    /** The same backtest reporting progress to {@code runListener}. */
    public Backtest listener(RunListener runListener) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, runListener, insufficientFunds,
                financing, corporateActions, actionsFromAdjustedClose, signalPrices, journal, recording);
    }

    /** The same backtest with another policy for fills the account cannot carry. */
    public Backtest insufficientFunds(InsufficientFunds policy) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, listener, policy, financing,
                corporateActions, actionsFromAdjustedClose, signalPrices, journal, recording);
    }

    /** The same backtest with other financing terms (borrow fee, cash interest, short margin). */
    public Backtest financing(Financing terms) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, listener, insufficientFunds, terms,
                corporateActions, actionsFromAdjustedClose, signalPrices, journal, recording);
    }

    /** The same backtest applying these splits and cash dividends (in addition to any derived ones). */
    public Backtest corporateActions(List<CorporateAction> actions) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, listener, insufficientFunds,
                financing, actions, actionsFromAdjustedClose, signalPrices, journal, recording);
    }

    /**
     * The same backtest deriving splits and cash dividends from each series' adjusted-close column
     * (series without one get none); see {@link CorporateActions} for the rule and its limits.
     */
    public Backtest corporateActionsFromAdjustedClose(boolean derive) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, listener, insufficientFunds,
                financing, corporateActions, derive, signalPrices, journal, recording);
    }

    /** The same backtest with signal logic and indicators on raw or adjusted prices; orders trade raw prices. */
    public Backtest signalPrices(PriceBasis basis) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, listener, insufficientFunds,
                financing, corporateActions, actionsFromAdjustedClose, basis, journal, recording);
    }

    /** The same backtest with the decision journal on or off. */
    public Backtest journal(boolean record) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, listener, insufficientFunds,
                financing, corporateActions, actionsFromAdjustedClose, signalPrices, record, recording);
    }

    /** The same backtest recording everything ({@link Recording#FULL}) or a summary for many-run jobs. */
    public Backtest recording(Recording level) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, listener, insufficientFunds,
                financing, corporateActions, actionsFromAdjustedClose, signalPrices, journal, level);
    }

    /** Computes indicators for {@code series} once; the returned run can be executed repeatedly. */
    public PreparedRun prepare(List<BarSeries> series) {
        return new PreparedRun(this, List.copyOf(series));
    }

    /** Runs all {@code series} from one shared account. */
    public RunResult run(BarSeries... series) {
        return run(Arrays.asList(series));
    }

    /** Runs all {@code series} from one shared account. */
    public RunResult run(List<BarSeries> series) {
        return prepare(series).run();
    }

    /** Loads {@code symbols} from {@code provider} and runs them from one shared account. */
    public RunResult run(DataProvider provider, String... symbols) {
        List<BarSeries> series = new ArrayList<>();
        for (String symbol : symbols) {
            series.add(provider.load(symbol));
        }
        return run(series);
    }

    /**
     * Runs each series on its own account, in parallel on all cores. Results come back in the
     * order of {@code series}.
     */
    public List<RunResult> runEach(List<BarSeries> series) {
        int threads = Math.max(1, Math.min(series.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "backtest-" + strategy.name());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (BarSeries one : series) {
                futures.add(pool.submit(() -> run(one)));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunResult await(Future<RunResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a backtest", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
