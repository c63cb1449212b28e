package dev.backtester.api.result;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What triggered a trade's entry: the rule that produced the entry signal and the values of every
 * series the strategy declared (the price fields, then each indicator output), read at the decision
 * bar, in declaration order.
 *
 * @param rule   the rule's name, e.g. {@code entry_long} for an entry condition or the name a
 *               {@code SignalLogic} gives its signal
 * @param values series name to value at the decision bar (NaN during an indicator's warm-up)
 */
public record EntrySignal(String rule, Map<String, Double> values) {

    /** No recorded signal. */
    public static final EntrySignal NONE = new EntrySignal("", Map.of());

    public EntrySignal {
        Objects.requireNonNull(rule, "rule");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of series {@code name} at the decision bar, NaN when it was not recorded. */
    public double value(String name) {
        Double v = values.get(name);
        return v == null ? Double.NaN : v;
    }
}
