package dev.backtester.api;

/**
 * Signal logic made of entry and exit conditions. When long: an exit-long or entry-short
 * condition closes the position, and entry-short also opens a short. Symmetric when short. When
 * flat: entry-long wins over entry-short if both hold.
 */
final class ConditionSignals implements SignalLogic {
    private final Condition entryLong;
    private final Condition exitLong;
    private final Condition entryShort;
    private final Condition exitShort;

    ConditionSignals(Condition entryLong, Condition exitLong, Condition entryShort, Condition exitShort) {
        this.entryLong = entryLong;
        this.exitLong = exitLong;
        this.entryShort = entryShort;
        this.exitShort = exitShort;
    }

    @Override
    public Signal evaluate(DataWindow w) {
        double position = w.position();
        if (position > 0) {
            if (holds(entryShort, w)) {
                return Signal.SHORT;
            }
            return holds(exitLong, w) ? Signal.FLAT : Signal.NONE;
        }
        if (position < 0) {
            if (holds(entryLong, w)) {
                return Signal.LONG;
            }
            return holds(exitShort, w) ? Signal.FLAT : Signal.NONE;
        }
        if (holds(entryLong, w)) {
            return Signal.LONG;
        }
        return holds(entryShort, w) ? Signal.SHORT : Signal.NONE;
    }

    private static boolean holds(Condition condition, DataWindow w) {
        return condition != null && condition.test(w);
    }
}
