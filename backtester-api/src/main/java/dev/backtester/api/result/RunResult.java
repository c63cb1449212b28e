package dev.backtester.api.result;

import java.util.List;
import java.util.Objects;

/**
 * Everything a run produced.
 *
 * @param metadata  how the run was made
 * @param equity    equity and cash per bar time
 * @param trades    round trips in order of entry (open ones last among equal entries)
 * @param metrics   performance figures
 * @param orders    every order event of the run, in the order they happened (the engine gives an
 *                  {@link OrderEventLog})
 * @param cashFlows totals of costs and credits
 * @param journal   every decision behind the trades ({@link DecisionJournal#OFF} when not recorded)
 */
public record RunResult(RunMetadata metadata, EquityCurve equity, List<Trade> trades, Metrics metrics,
                        List<OrderEvent> orders, CashFlows cashFlows, DecisionJournal journal) {
    public RunResult {
        trades = List.copyOf(trades);
        // a frozen log is immutable already; copying it would build every event record
        orders = orders instanceof OrderEventLog ? orders : List.copyOf(orders);
        Objects.requireNonNull(cashFlows, "cashFlows");
        Objects.requireNonNull(journal, "journal");
    }

    /** A result without a decision journal. */
    public RunResult(RunMetadata metadata, EquityCurve equity, List<Trade> trades, Metrics metrics,
                     List<OrderEvent> orders, CashFlows cashFlows) {
        this(metadata, equity, trades, metrics, orders, cashFlows, DecisionJournal.OFF);
    }

    /** A result without order events or cash-flow totals, e.g. one loaded from storage that keeps neither. */
    public RunResult(RunMetadata metadata, EquityCurve equity, List<Trade> trades, Metrics metrics) {
        this(metadata, equity, trades, metrics, List.of(), CashFlows.NONE);
    }

    /** Closed trades only. */
    public List<Trade> closedTrades() {
        return trades.stream().filter(t -> !t.open()).toList();
    }
}
