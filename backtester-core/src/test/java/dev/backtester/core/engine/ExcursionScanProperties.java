package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Tuple;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The branch-free extremes of the excursion scan ({@link OpenTrade#highest}, {@link OpenTrade#lowest})
 * equal the plain comparison loop's for any values: negative, zero of either sign, infinite, NaN
 * (ignored).
 */
class ExcursionScanProperties {

    @Property(tries = 1000)
    void extremesEqualThePlainLoop(@ForAll("values") List<Double> list) {
        double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
        int to = values.length - 1;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            max = v > max ? v : max;
            min = v < min ? v : min;
        }
        double highest = OpenTrade.highest(values, 0, to);
        double lowest = OpenTrade.lowest(values, 0, to);
        // numeric equality: a zero of either sign is the same excursion
        assertTrue(max == highest, "highest " + highest + " but the plain loop gives " + max);
        assertTrue(min == lowest, "lowest " + lowest + " but the plain loop gives " + min);
    }

    @Property(tries = 200)
    void aSubrangeReadsOnlyItsValues(@ForAll("values") List<Double> list) {
        double[] values = new double[list.size() + 2];
        values[0] = 1e300;
        values[values.length - 1] = -1e300;
        for (int k = 0; k < list.size(); k++) {
            values[k + 1] = list.get(k);
        }
        double[] inner = list.stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(OpenTrade.highest(inner, 0, inner.length - 1), OpenTrade.highest(values, 1, values.length - 2));
        assertEquals(OpenTrade.lowest(inner, 0, inner.length - 1), OpenTrade.lowest(values, 1, values.length - 2));
    }

    @Provide
    Arbitrary<List<Double>> values() {
        Arbitrary<Double> special = Arbitraries.of(0.0, -0.0, Double.NaN, Double.longBitsToDouble(0xFFF8_0000_0000_0001L),
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE);
        Arbitrary<Double> prices = Arbitraries.doubles().between(-1e6, 1e6);
        return Arbitraries.frequencyOf(Tuple.of(8, prices), Tuple.of(2, special))
                .list().ofMinSize(1).ofMaxSize(60);
    }
}
