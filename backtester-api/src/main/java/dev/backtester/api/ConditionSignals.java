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
    public String ruleName(Signal signal) {
        return switch (signal) {
            case LONG -> "entry_long";
            case SHORT -> "entry_short";
            case FLAT -> "exit";
            case NONE -> "none";
        };
    }

    // Each condition is tested at its own call site (no shared helper), so the JIT sees one
    // target per site and can inline the user's lambdas into the engine loop.
    @Override
    public Signal evaluate(DataWindow w) {
        double position = w.position();
        if (position > 0) {
            if (entryShort != null && entryShort.test(w)) {
                return Signal.SHORT;
            }
            return exitLong != null && exitLong.test(w) ? Signal.FLAT : Signal.NONE;
        }
        if (position < 0) {
            if (entryLong != null && entryLong.test(w)) {
                return Signal.LONG;
            }
            return exitShort != null && exitShort.test(w) ? Signal.FLAT : Signal.NONE;
        }
        if (entryLong != null && entryLong.test(w)) {
            return Signal.LONG;
        }
        return entryShort != null && entryShort.test(w) ? Signal.SHORT : Signal.NONE;
    }
}
