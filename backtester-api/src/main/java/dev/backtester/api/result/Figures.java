package dev.backtester.api.result;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The figures of a {@link Decision}: an immutable map from name to number that keeps its insertion
 * order and stores its entries in two small arrays, so a long journal stays compact. Equal to any
 * other map with the same entries.
 */
public final class Figures extends AbstractMap<String, Double> {
    /** No figures. */
    public static final Figures NONE = new Figures(new String[0], new double[0], 0);

    private final String[] keys;
    private final double[] values;
    private final int size;

    private Figures(String[] keys, double[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    /**
     * The figures {@code keys[k] = values[k]} in order; a key given twice keeps its first place and its
     * last value. The arrays are copied.
     */
    public static Figures of(String[] keys, double[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " keys for " + values.length + " values");
        }
        String[] ownKeys = new String[keys.length];
        double[] ownValues = new double[values.length];
        int size = 0;
        for (int k = 0; k < keys.length; k++) {
            String key = Objects.requireNonNull(keys[k], "figure name");
            int at = indexOf(ownKeys, size, key);
            if (at < 0) {
                at = size++;
                ownKeys[at] = key;
            }
            ownValues[at] = values[k];
        }
        return size == 0 ? NONE : new Figures(ownKeys, ownValues, size);
    }

    /** {@code map} as figures, in its iteration order; returns it unchanged when it is already figures. */
    public static Figures copyOf(Map<String, Double> map) {
        if (map instanceof Figures figures) {
            return figures;
        }
        String[] keys = new String[map.size()];
        double[] values = new double[map.size()];
        int k = 0;
        for (Map.Entry<String, Double> entry : map.entrySet()) {
            keys[k] = entry.getKey();
            values[k] = Objects.requireNonNull(entry.getValue(), () -> "figure " + entry.getKey() + " is null");
            k++;
        }
        return of(keys, values);
    }

    private static int indexOf(String[] keys, int size, Object key) {
        for (int k = 0; k < size; k++) {
            if (keys[k].equals(key)) {
                return k;
            }
        }
        return -1;
    }

    /** The value of {@code key}, or NaN when there is none. */
    public double value(String key) {
        int at = indexOf(keys, size, key);
        return at < 0 ? Double.NaN : values[at];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(keys, size, key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int at = indexOf(keys, size, key);
        return at < 0 ? null : values[at];
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Double> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[k], values[k]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int k = 0; k < size; k++) {
            text.append(k == 0 ? "" : ", ").append(keys[k]).append('=').append(values[k]);
        }
        return text.append('}').toString();
    }
}
