package dev.backtester.api.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionJournalTest {
    private static Decision decision(long sequence, long tradeId, Decision.Kind kind, String detail) {
        return new Decision(sequence, 86_400_000L * sequence, "X", tradeId, kind, "rule", detail, Map.of("shares", 5.0));
    }

    private final DecisionJournal journal = new DecisionJournal(true, List.of(
            decision(1, 2, Decision.Kind.SIGNAL, "LONG"),
            decision(2, 0, Decision.Kind.RISK_VETOED, "halted"),
            decision(3, 1, Decision.Kind.SIGNAL, "SHORT"),
            decision(4, 2, Decision.Kind.EXIT, "")));

    @Test
    void byTradeGroupsEveryChainInOnePassInTheOrderTradesFirstAppear() {
        Map<Long, List<Decision>> chains = journal.byTrade();

        assertEquals(List.of(2L, 0L, 1L), List.copyOf(chains.keySet()));
        for (long id : chains.keySet()) {
            assertEquals(journal.explain(id), chains.get(id), "trade " + id);
        }
    }

    @Test
    void describeWritesOneLinePerDecisionWithDetailAndFigures() {
        assertEquals("1970-01-02T00:00:00Z SIGNAL rule: LONG {shares=5.0}\n"
                + "1970-01-05T00:00:00Z EXIT rule {shares=5.0}\n", journal.describe(2));
        assertEquals(journal.describe(1), DecisionJournal.describe(journal.explain(1)));
        assertEquals("", journal.describe(7));
    }
}
