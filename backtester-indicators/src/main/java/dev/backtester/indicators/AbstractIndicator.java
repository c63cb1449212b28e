package dev.backtester.indicators;

import java.util.List;
import java.util.Objects;

/**
 * Shared plumbing for {@link Indicator} implementations: stores the name, outputs and
 * lookback, and checks the output arrays before delegating to {@link #computeChecked}.
 * Equality is by class and canonical name, so configured indicators can key caches.
 */
public abstract class AbstractIndicator implements Indicator {

    private final String name;
    private final List<String> outputs;
    private final int lookback;

    /**
     * @param name     canonical name with all parameters
     * @param lookback number of leading NaN outputs
     * @param outputs  output names, in order
     */
    protected AbstractIndicator(String name, int lookback, String... outputs) {
        this.name = name;
        this.lookback = lookback;
        this.outputs = List.of(outputs);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> outputs() {
        return outputs;
    }

    @Override
    public final int lookback() {
        return lookback;
    }

    @Override
    public final void compute(Bars bars, double[][] out) {
        Objects.requireNonNull(bars, () -> name + ": bars must not be null");
        Objects.requireNonNull(out, () -> name + ": out must not be null");
        if (out.length != outputs.size()) {
            throw new IllegalArgumentException(name + ": expected " + outputs.size() + " output arrays " + outputs
                    + ", got " + out.length);
        }
        for (int k = 0; k < out.length; k++) {
            final int index = k;
            Objects.requireNonNull(out[k], () -> name + ": output array " + index + " is null");
            if (out[k].length != bars.length()) {
                throw new IllegalArgumentException(name + ": output " + outputs.get(k) + " has length "
                        + out[k].length + " but bars have length " + bars.length());
            }
        }
        computeChecked(bars, out);
    }

    /**
     * Computes all outputs; the arrays' number and lengths have been checked.
     *
     * @param bars input bars
     * @param out  one array per output, each as long as {@code bars}
     */
    protected abstract void computeChecked(Bars bars, double[][] out);

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((AbstractIndicator) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
