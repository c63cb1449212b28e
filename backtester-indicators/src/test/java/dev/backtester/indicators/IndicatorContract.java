package dev.backtester.indicators;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Contract every indicator must meet. A test class extends this and returns a few configured
 * instances from {@link #indicators()}; it then gets, as jqwik properties over random bars:
 * streaming equals batch bit for bit, prefix invariance (no look-ahead), NaN exactly during
 * warm-up and finite values after it, NaN-input poisoning, output-array checks, and inputs left
 * unwritten.
 */
public abstract class IndicatorContract {

    /** @return configured instances to check; use small and default parameters, distinct names */
    protected abstract List<Indicator> indicators();

    @Provide
    Arbitrary<Bars> bars() {
        return RandomBars.arbitrary(300);
    }

    @Property(tries = 100)
    void streamingEqualsBatch(@ForAll("bars") Bars bars) {
        for (Indicator indicator : indicators()) {
            double[][] batch = indicator.compute(bars);
            IndicatorStream stream = indicator.stream();
            for (int t = 0; t < bars.length(); t++) {
                stream.update(bars.time()[t], bars.open()[t], bars.high()[t], bars.low()[t], bars.close()[t],
                        bars.volume()[t]);
                for (int k = 0; k < batch.length; k++) {
                    double s = stream.value(k);
                    if (!same(s, batch[k][t])) {
                        fail(indicator.name() + " output " + indicator.outputs().get(k) + " at bar " + t
                                + ": stream " + s + " != batch " + batch[k][t]);
                    }
                }
            }
        }
    }

    /** Callers share input arrays between indicators (the engine computes all of a strategy's from one set). */
    @Property(tries = 50)
    void inputsAreOnlyRead(@ForAll("bars") Bars bars) {
        Bars before = RandomBars.prefix(bars, bars.length());
        for (Indicator indicator : indicators()) {
            indicator.compute(bars);
            assertTrue(Arrays.equals(before.time(), bars.time())
                    && Arrays.equals(before.open(), bars.open())
                    && Arrays.equals(before.high(), bars.high())
                    && Arrays.equals(before.low(), bars.low())
                    && Arrays.equals(before.close(), bars.close())
                    && Arrays.equals(before.volume(), bars.volume()),
                    indicator.name() + " wrote to its input bars");
        }
    }

    @Property(tries = 100)
    void prefixInvariance(@ForAll("bars") Bars bars, @ForAll @IntRange(min = 0, max = 300) int cut) {
        int length = Math.min(cut, bars.length());
        Bars prefix = RandomBars.prefix(bars, length);
        for (Indicator indicator : indicators()) {
            double[][] full = indicator.compute(bars);
            double[][] part = indicator.compute(prefix);
            for (int k = 0; k < full.length; k++) {
                for (int t = 0; t < length; t++) {
                    if (!same(part[k][t], full[k][t])) {
                        fail(indicator.name() + " output " + indicator.outputs().get(k) + " at bar " + t
                                + " on bars 0.." + (length - 1) + ": " + part[k][t] + " but on the full series "
                                + full[k][t]);
                    }
                }
            }
        }
    }

    @Property(tries = 100)
    void nanDuringWarmUpFiniteAfter(@ForAll("bars") Bars bars) {
        for (Indicator indicator : indicators()) {
            double[][] out = indicator.compute(bars);
            for (int k = 0; k < out.length; k++) {
                for (int t = 0; t < bars.length(); t++) {
                    double v = out[k][t];
                    boolean ok = t < indicator.lookback() ? Double.isNaN(v) : Double.isFinite(v);
                    if (!ok) {
                        fail(indicator.name() + " output " + indicator.outputs().get(k) + " at bar " + t + " is " + v
                                + " with lookback " + indicator.lookback());
                    }
                }
            }
        }
    }

    @Property(tries = 60)
    void nanInputPoisonsItsBarAndAllLaterBars(@ForAll("bars") Bars bars, @ForAll @IntRange(min = 0, max = 299) int at) {
        if (bars.length() == 0) {
            return;
        }
        int j = at % bars.length();
        Bars dirty = RandomBars.prefix(bars, bars.length());
        dirty.open()[j] = Double.NaN;
        dirty.high()[j] = Double.NaN;
        dirty.low()[j] = Double.NaN;
        dirty.close()[j] = Double.NaN;
        dirty.volume()[j] = Double.NaN;
        for (Indicator indicator : indicators()) {
            double[][] clean = indicator.compute(bars);
            double[][] out = indicator.compute(dirty);
            for (int k = 0; k < out.length; k++) {
                for (int t = 0; t < bars.length(); t++) {
                    boolean ok = t < j ? same(out[k][t], clean[k][t]) : Double.isNaN(out[k][t]);
                    if (!ok) {
                        fail(indicator.name() + " output " + indicator.outputs().get(k) + " at bar " + t
                                + " with NaN input at bar " + j + ": " + out[k][t] + " (clean " + clean[k][t] + ")");
                    }
                }
            }
        }
    }

    @Example
    void lookbackIsTheIndexOfTheFirstValue() {
        for (Indicator indicator : indicators()) {
            Bars bars = RandomBars.generate(2 * indicator.lookback() + 50, 42);
            double[][] out = indicator.compute(bars);
            for (int k = 0; k < out.length; k++) {
                int first = 0;
                while (first < out[k].length && Double.isNaN(out[k][first])) {
                    first++;
                }
                assertEquals(indicator.lookback(), first, indicator.name() + " output " + indicator.outputs().get(k));
            }
        }
    }

    @Example
    void rejectsOutputArraysOfTheWrongNumberOrLength() {
        Bars bars = RandomBars.generate(10, 1);
        for (Indicator indicator : indicators()) {
            int outputs = indicator.outputs().size();
            IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class,
                    () -> indicator.compute(bars, new double[outputs - 1][10]));
            assertTrue(tooFew.getMessage().contains(indicator.name()), tooFew.getMessage());
            double[][] shortArrays = new double[outputs][10];
            shortArrays[outputs - 1] = new double[9];
            IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
                    () -> indicator.compute(bars, shortArrays));
            assertTrue(wrongLength.getMessage().contains("length 9"), wrongLength.getMessage());
            assertThrows(IndexOutOfBoundsException.class, () -> indicator.stream().value(outputs));
        }
    }

    @Example
    void emptySeriesGivesEmptyOutputs() {
        Bars empty = RandomBars.generate(0, 1);
        for (Indicator indicator : indicators()) {
            double[][] out = indicator.compute(empty);
            assertEquals(indicator.outputs().size(), out.length);
            for (double[] o : out) {
                assertEquals(0, o.length);
            }
            assertTrue(Double.isNaN(indicator.stream().value(0)), indicator.name() + " stream before any bar");
        }
    }

    @Example
    void namesAreDistinctAndIdentifyTheConfiguration() {
        Set<String> names = new HashSet<>();
        for (Indicator indicator : indicators()) {
            assertTrue(names.add(indicator.name()), "duplicate name " + indicator.name());
            assertTrue(indicator.name().matches("[a-z_]+\\(.*\\)"), indicator.name());
            assertEquals(indicator.name(), indicator.toString());
        }
    }

    /** @return whether two values are equal, counting two NaNs as equal */
    protected static boolean same(double a, double b) {
        return a == b || (Double.isNaN(a) && Double.isNaN(b));
    }
}
