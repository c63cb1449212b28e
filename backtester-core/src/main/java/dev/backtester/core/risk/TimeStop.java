package dev.backtester.core.risk;

import dev.backtester.api.risk.ExitRule;

/**
 * Closes a position at market once it has been held {@code bars} bars (counted from the entry
 * fill's bar).
 *
 * @param bars bars to hold at most, >= 1
 */
public record TimeStop(int bars) implements ExitRule {

    public TimeStop {
        Checks.atLeastOne("timeStop", "bars", bars);
    }

    @Override
    public int maxBars() {
        return bars;
    }
}
