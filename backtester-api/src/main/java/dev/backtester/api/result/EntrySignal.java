package dev.backtester.api.result;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What triggered a trade's entry: the rule that produced the entry signal and the values of every
 * series the strategy declared (the price fields, then each indicator output), read at the decision
 * bar, in declaration order. The names are shared by all trades of a run, so a trade carries only
 * its values.
 *
 * @param rule         the rule's name, e.g. {@code entry_long} for an entry condition or the name a
 *                     {@code SignalLogic} gives its signal
 * @param seriesNames  names of the declared series, in declaration order
 * @param seriesValues their values at the decision bar (NaN during an indicator's warm-up), same order;
 *                     the accessor returns a copy
 */
public record EntrySignal(String rule, List<String> seriesNames, double[] seriesValues) {

    /** No recorded signal. */
    public static final EntrySignal NONE = new EntrySignal("", List.of(), new double[0]);

    public EntrySignal {
        Objects.requireNonNull(rule, "rule");
        seriesNames = List.copyOf(seriesNames);
        seriesValues = seriesValues.clone();
        if (seriesNames.size() != seriesValues.length) {
            throw new IllegalArgumentException(seriesNames.size() + " series names but " + seriesValues.length
                    + " values");
        }
    }

    /** A signal from series name to value pairs, in the map's iteration order. */
    public static EntrySignal of(String rule, Map<String, Double> values) {
        double[] array = new double[values.size()];
        int k = 0;
        for (double v : values.values()) {
            array[k++] = v;
        }
        return new EntrySignal(rule, List.copyOf(values.keySet()), array);
    }

    @Override
    public double[] seriesValues() {
        return seriesValues.clone();
    }

    /** The value of series {@code name} at the decision bar, NaN when it was not recorded. */
    public double value(String name) {
        int k = seriesNames.indexOf(name);
        return k < 0 ? Double.NaN : seriesValues[k];
    }

    /** Series name to value, in declaration order (the design's entry_signal JSON). */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int k = 0; k < seriesValues.length; k++) {
            map.put(seriesNames.get(k), seriesValues[k]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntrySignal other && rule.equals(other.rule) && seriesNames.equals(other.seriesNames)
                && Arrays.equals(seriesValues, other.seriesValues);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rule.hashCode() + seriesNames.hashCode()) + Arrays.hashCode(seriesValues);
    }

    @Override
    public String toString() {
        return "EntrySignal[" + rule + ", " + asMap() + "]";
    }
}
