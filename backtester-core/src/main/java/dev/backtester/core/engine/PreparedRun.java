package dev.backtester.core.engine;

import dev.backtester.api.Strategy;
import dev.backtester.api.corporate.CorporateAction;
import dev.backtester.api.data.BarSeries;
import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.RunMetadata;
import dev.backtester.api.result.RunResult;
import dev.backtester.core.analytics.MetricsCalculator;
import dev.backtester.core.LibraryVersion;
import dev.backtester.core.execution.CorporateActions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A strategy bound to its data with every indicator already computed: run it as often as
 * needed (parameter sweeps, benchmarks) without recomputing indicators. Immutable and safe to
 * run from several threads at once.
 */
public final class PreparedRun {
    private static final Logger LOG = LoggerFactory.getLogger(PreparedRun.class);

    private final Backtest settings;
    private final SymbolData[] data;
    private final Schedule schedule;
    private final List<String> symbols;
    /** Symbol to its index in {@link #data}, for views that look symbols up by name. */
    private final Map<String, Integer> symbolIndex;
    private final CorporateActionBook actions;

    PreparedRun(Backtest settings, List<BarSeries> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs at least one bar series");
        }
        this.settings = settings;
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<CorporateAction> derived = new ArrayList<>();
        this.data = new SymbolData[series.size()];
        for (int s = 0; s < data.length; s++) {
            BarSeries bars = series.get(s);
            if (index.putIfAbsent(bars.symbol(), s) != null) {
                throw new IllegalArgumentException("symbol " + bars.symbol() + " appears twice in one backtest");
            }
            names.add(bars.symbol());
            data[s] = SymbolData.prepare(settings.strategy(), bars, settings.signalPrices());
            if (settings.actionsFromAdjustedClose() && bars.hasAdjustedClose()) {
                derived.addAll(CorporateActions.fromAdjustedClose(bars));
            }
        }
        derived.addAll(settings.corporateActions());
        this.actions = CorporateActionBook.build(data, derived);
        this.symbols = List.copyOf(names);
        this.symbolIndex = Map.copyOf(index);
        this.schedule = Schedule.merge(data);
        if (schedule.size() == 0) {
            throw new IllegalArgumentException("the bar series of " + symbols + " hold no bars");
        }
    }

    /** The strategy being run. */
    public Strategy strategy() {
        return settings.strategy();
    }

    /** The run settings. */
    public Backtest settings() {
        return settings;
    }

    /** Symbols in processing order for equal bar times. */
    public List<String> symbols() {
        return symbols;
    }

    /** Bars over all symbols. */
    public long totalBars() {
        return schedule.size();
    }

    SymbolData[] data() {
        return data;
    }

    Map<String, Integer> symbolIndex() {
        return symbolIndex;
    }

    Schedule schedule() {
        return schedule;
    }

    CorporateActionBook actions() {
        return actions;
    }

    /**
     * A random (version 4) UUID from a fast generator: a run id must be unique, not unpredictable, and
     * {@link UUID#randomUUID()}'s SecureRandom costs more than a short backtest's bar loop.
     */
    private static String newRunId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~0xC000_0000_0000_0000L) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** Runs the strategy over the prepared data from a fresh account. */
    public RunResult run() {
        return run(true);
    }

    /** The run, optionally with every bar of a single symbol visited one by one (for tests of the faster path). */
    RunResult run(boolean quietStretches) {
        long started = System.nanoTime();
        EngineRun.Outcome outcome = new EngineRun(this, quietStretches).execute(settings.listener());
        long elapsed = System.nanoTime() - started;
        Metrics metrics = MetricsCalculator.compute(outcome.equity(), outcome.equityStatistics(), outcome.trades(), settings.initialCapital(),
                settings.riskFreeRate(), outcome.exposure());
        RunMetadata metadata = new RunMetadata(newRunId(), strategy().name(), symbols,
                strategy().fillModel().name(), strategy().fillModel().fillsOnSignalBar() || outcome.sameBarFills(),
                settings.initialCapital(),
                outcome.equity().time(0), outcome.equity().time(outcome.equity().size() - 1), outcome.barsProcessed(),
                elapsed, LibraryVersion.get());
        RunResult result = new RunResult(metadata, outcome.equity(), outcome.trades(), metrics, outcome.orders(),
                outcome.cashFlows(), outcome.journal());
        LOG.atDebug().addKeyValue("event", "backtest_finished").addKeyValue("strategy", strategy().name())
                .addKeyValue("symbols", symbols.size()).addKeyValue("bars", outcome.barsProcessed())
                .addKeyValue("trades", outcome.trades().size()).addKeyValue("final_equity", metrics.finalEquity())
                .addKeyValue("elapsed_ms", elapsed / 1e6).log("backtest finished");
        settings.listener().onFinish(result);
        return result;
    }
}
