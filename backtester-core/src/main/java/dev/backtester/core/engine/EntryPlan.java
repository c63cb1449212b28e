package dev.backtester.core.engine;

import dev.backtester.api.Direction;
import dev.backtester.api.execution.Bracket;

/**
 * What an entry order carries besides its prices: the position side, its bracket (in traded prices)
 * and what was known at the decision, for the trade's attribution fields. One per entry order.
 */
final class EntryPlan {
    final Direction direction;
    final Bracket bracket;
    final int decisionBar;
    final String rule;
    final String regime;
    final double regimeConfidence;
    final double volatility;

    EntryPlan(Direction direction, Bracket bracket, int decisionBar, String rule, String regime,
              double regimeConfidence, double volatility) {
        this.direction = direction;
        this.bracket = bracket;
        this.decisionBar = decisionBar;
        this.rule = rule;
        this.regime = regime;
        this.regimeConfidence = regimeConfidence;
        this.volatility = volatility;
    }
}
