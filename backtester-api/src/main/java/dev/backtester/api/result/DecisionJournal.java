package dev.backtester.api.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every decision of a run in the order it happened: signals, regime checks, sizing, each risk rule's
 * verdict, orders and fills, stops set and moved, exits, positions flattened by risk rules and rebalances (a rule that halts
 * entries shows in the journal as the vetoes it gives). A run with the journal
 * switched off has the empty journal {@link #OFF}.
 *
 * @param enabled   false when the run did not record a journal
 * @param decisions the decisions, in sequence order
 */
public record DecisionJournal(boolean enabled, List<Decision> decisions) {

    /** The journal of a run that did not record one. */
    public static final DecisionJournal OFF = new DecisionJournal(false, List.of());

    public DecisionJournal {
        decisions = List.copyOf(decisions);
    }

    /**
     * The chain of trade {@code tradeId}: why it was taken (signal, regime, risk verdicts), how it was
     * sized, its orders and fills, stop moves and why it was closed; empty when unknown.
     */
    public List<Decision> explain(long tradeId) {
        List<Decision> chain = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.tradeId() == tradeId) {
                chain.add(d);
            }
        }
        return chain;
    }

    /**
     * Every trade's chain at once ({@link #explain} for all trades in one pass over the journal), keyed
     * by trade id in the order the trades first appear; decisions tied to no trade are under 0.
     */
    public Map<Long, List<Decision>> byTrade() {
        Map<Long, List<Decision>> chains = new LinkedHashMap<>();
        for (Decision d : decisions) {
            chains.computeIfAbsent(d.tradeId(), id -> new ArrayList<>()).add(d);
        }
        return chains;
    }

    /** The decisions of one kind, in order. */
    public List<Decision> ofKind(Decision.Kind kind) {
        List<Decision> found = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.kind() == kind) {
                found.add(d);
            }
        }
        return found;
    }

    /** The chain of {@code tradeId} as readable lines, one per decision. */
    public String describe(long tradeId) {
        return describe(explain(tradeId));
    }

    /** Decisions as readable lines, one per decision: time, kind, source, detail and figures. */
    public static String describe(List<Decision> chain) {
        StringBuilder text = new StringBuilder();
        for (Decision d : chain) {
            text.append(java.time.Instant.ofEpochMilli(d.time())).append(' ').append(d.kind()).append(' ')
                    .append(d.source());
            if (!d.detail().isEmpty()) {
                text.append(": ").append(d.detail());
            }
            if (!d.figures().isEmpty()) {
                text.append(' ').append(new java.util.TreeMap<>(d.figures()));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
