package dev.backtester.core.engine;

import dev.backtester.api.Strategy;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.DataProvider;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.run.RunListener;
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
 * @param strategy       what to run
 * @param initialCapital starting cash (default 100,000)
 * @param riskFreeRate   annual risk-free rate for Sharpe and Sortino (default 0)
 * @param maxLeverage    gross exposure limit as a multiple of equity (default 1: no margin)
 * @param listener       progress observer (default none)
 */
public record Backtest(Strategy strategy, double initialCapital, double riskFreeRate, double maxLeverage,
                       RunListener listener) {

    public Backtest {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(listener, "listener");
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
        return new Backtest(strategy, 100_000, 0.0, 1.0, RunListener.NONE);
    }

    /** The same backtest with another starting cash. */
    public Backtest initialCapital(double capital) {
        return new Backtest(strategy, capital, riskFreeRate, maxLeverage, listener);
    }

    /** The same backtest with another annual risk-free rate. */
    public Backtest riskFreeRate(double rate) {
        return new Backtest(strategy, initialCapital, rate, maxLeverage, listener);
    }

    /** The same backtest with another leverage limit. */
    public Backtest maxLeverage(double leverage) {
        return new Backtest(strategy, initialCapital, riskFreeRate, leverage, listener);
    }

    /** The same backtest reporting progress to {@code runListener}. */
    public Backtest listener(RunListener runListener) {
        return new Backtest(strategy, initialCapital, riskFreeRate, maxLeverage, runListener);
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
