package dev.backtester.core.engine;

import dev.backtester.api.result.Decision;
import dev.backtester.api.result.Decision.Kind;
import dev.backtester.api.result.DecisionJournal;
import dev.backtester.api.result.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Records the run's decisions into a {@link DecisionJournal} and emits each as an SLF4J key-value
 * event on the logger {@code dev.backtester.journal} at DEBUG ({@code event=position_sized},
 * {@code event=trade_executed}, ...). When the journal is off, {@link #on} is false and callers skip
 * every call: the engine then builds no figures and no records.
 */
final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger("dev.backtester.journal");

    /** True when decisions are recorded; callers test it before building figures. */
    final boolean on;
    private final String strategy;
    private final List<Decision> decisions = new ArrayList<>();
    private final boolean logging;

    Journal(boolean on, String strategy) {
        this.on = on;
        this.strategy = strategy;
        this.logging = on && LOG.isDebugEnabled();
    }

    /** Records one decision; {@code figures} alternate keys (String) and values (Number). */
    void record(long time, String symbol, long tradeId, Kind kind, String source, String detail, Object... figures) {
        int n = figures.length / 2;
        String[] keys = new String[n];
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            keys[k] = (String) figures[2 * k];
            values[k] = ((Number) figures[2 * k + 1]).doubleValue();
        }
        record(time, symbol, tradeId, kind, source, detail, Figures.of(keys, values));
    }

    /** Records one decision with figures already collected. */
    void record(long time, String symbol, long tradeId, Kind kind, String source, String detail,
                Map<String, Double> figures) {
        Decision decision = new Decision(decisions.size() + 1L, time, symbol, tradeId, kind, source, detail, figures);
        decisions.add(decision);
        if (logging) {
            log(decision);
        }
    }

    private void log(Decision d) {
        LoggingEventBuilder event = LOG.atDebug().addKeyValue("event", eventName(d.kind()))
                .addKeyValue("strategy", strategy).addKeyValue("time", d.time()).addKeyValue("symbol", d.symbol())
                .addKeyValue("trade_id", d.tradeId()).addKeyValue("source", d.source());
        if (!d.detail().isEmpty()) {
            event = event.addKeyValue("detail", d.detail());
        }
        for (Map.Entry<String, Double> figure : d.figures().entrySet()) {
            event = event.addKeyValue(figure.getKey(), figure.getValue());
        }
        event.log(eventName(d.kind()));
    }

    private static String eventName(Kind kind) {
        return switch (kind) {
            case SIGNAL -> "signal";
            case REGIME -> "regime_checked";
            case SIZING -> "position_sized";
            case RISK_APPROVED -> "risk_approved";
            case RISK_RESIZED -> "risk_resized";
            case RISK_VETOED -> "risk_vetoed";
            case ORDER -> "order";
            case STOP_SET -> "stop_set";
            case STOP_MOVED -> "stop_moved";
            case EXIT -> "trade_closed";
            case FLATTENED -> "positions_flattened";
            case REBALANCE -> "rebalanced";
        };
    }

    /** Emits the {@code trade_executed} event of an entry's first fill (the journal has its ORDER record). */
    void tradeExecuted(long time, String symbol, long tradeId, String direction, double price, double shares,
                       double heat, String regime, double regimeConfidence, String signal) {
        if (!logging) {
            return;
        }
        LOG.atDebug().addKeyValue("event", "trade_executed").addKeyValue("strategy", strategy)
                .addKeyValue("time", time).addKeyValue("symbol", symbol).addKeyValue("trade_id", tradeId)
                .addKeyValue("direction", direction.toLowerCase(Locale.ROOT)).addKeyValue("price", price)
                .addKeyValue("shares", shares).addKeyValue("portfolio_heat", heat).addKeyValue("regime", regime)
                .addKeyValue("regime_confidence", regimeConfidence).addKeyValue("signal", signal)
                .log("trade executed");
    }

    /** The recorded journal, or {@link DecisionJournal#OFF}. */
    DecisionJournal freeze() {
        return on ? new DecisionJournal(true, decisions) : DecisionJournal.OFF;
    }

    /** A readable name for a component: its own toString, or its interface's name for a lambda. */
    static String describe(Object component) {
        String text = String.valueOf(component);
        if (text.contains("$$Lambda") || text.contains("$Lambda")) {
            Class<?>[] interfaces = component.getClass().getInterfaces();
            return interfaces.length > 0 ? interfaces[0].getSimpleName() : component.getClass().getSimpleName();
        }
        return text;
    }
}
