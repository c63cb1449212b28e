package dev.backtester.indicators;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Helpers to compare our outputs with TA-Lib's Java port (the oracle), called on the whole
 * series from index 0 with TA-Lib's default settings.
 */
public final class TaLib {

    /** Relative tolerance against TA-Lib after warm-up. */
    public static final double TOLERANCE = 1e-9;

    /** The oracle; TA-Lib's Core is stateless apart from the (default) unstable periods and compatibility. */
    public static final Core CORE = new Core();

    private TaLib() {
    }

    /** Output positions of one TA-Lib call. */
    public static final class Range {
        /** First output index in input coordinates. */
        public final MInteger begin = new MInteger();
        /** Number of outputs written. */
        public final MInteger count = new MInteger();
    }

    /**
     * Asserts TA-Lib succeeded, that its first output index equals our lookback, that our output
     * is NaN before it and within {@link #TOLERANCE} relative error of TA-Lib's after it.
     *
     * @param what     label for messages
     * @param code     TA-Lib return code
     * @param range    TA-Lib's output range
     * @param expected TA-Lib's output (index 0 = bar {@code range.begin})
     * @param actual   our output over the whole series
     * @param lookback our lookback
     */
    public static void assertMatches(String what, RetCode code, Range range, double[] expected, double[] actual,
                                     int lookback) {
        assertMatches(what, code, range, expected, actual, lookback, 0.0);
    }

    /**
     * Like {@link #assertMatches(String, RetCode, Range, double[], double[], int)} for outputs that
     * cross zero (differences of prices, slopes, momentum): the relative error is measured
     * against {@code max(|value|, scale)}, where {@code scale} is the magnitude of the inputs
     * the difference is taken of. Near zero both TA-Lib and we lose digits to the subtraction,
     * so a pure relative error would compare rounding noise.
     *
     * @param what     label for messages
     * @param code     TA-Lib return code
     * @param range    TA-Lib's output range
     * @param expected TA-Lib's output (index 0 = bar {@code range.begin})
     * @param actual   our output over the whole series
     * @param lookback our lookback
     * @param scale    magnitude of the inputs, 0 for a pure relative comparison
     */
    public static void assertMatches(String what, RetCode code, Range range, double[] expected, double[] actual,
                                     int lookback, double scale) {
        assertEquals(RetCode.Success, code, what);
        assertTrue(range.count.value > 0, what + ": TA-Lib produced no output");
        assertEquals(lookback, range.begin.value, what + ": first output index (lookback)");
        assertEquals(actual.length - lookback, range.count.value, what + ": output count");
        for (int t = 0; t < lookback; t++) {
            assertTrue(Double.isNaN(actual[t]), what + ": expected NaN during warm-up at bar " + t);
        }
        for (int i = 0; i < range.count.value; i++) {
            double e = expected[i];
            double a = actual[lookback + i];
            if (!close(e, a, scale)) {
                fail(what + " at bar " + (lookback + i) + ": TA-Lib " + e + ", ours " + a + ", relative error "
                        + Math.abs(a - e) / Math.abs(e));
            }
        }
    }

    /**
     * @param expected oracle value
     * @param actual   our value
     * @return whether the relative error is within {@link #TOLERANCE} (two exact zeros match)
     */
    public static boolean close(double expected, double actual) {
        return close(expected, actual, 0.0);
    }

    /**
     * @param expected oracle value
     * @param actual   our value
     * @param scale    magnitude of the inputs, 0 for a pure relative comparison
     * @return whether the error is within {@link #TOLERANCE} of {@code max(|expected|, |actual|, scale)}
     */
    public static boolean close(double expected, double actual, double scale) {
        return Math.abs(actual - expected)
                <= TOLERANCE * Math.max(scale, Math.max(Math.abs(expected), Math.abs(actual)));
    }

    /**
     * @param n length
     * @return a new output buffer for TA-Lib
     */
    public static double[] buffer(int n) {
        return new double[n];
    }

    /** One TA-Lib call writing its outputs into the given buffers. */
    @FunctionalInterface
    public interface Call {
        /**
         * @param begin first output index
         * @param count number of outputs
         * @param out   output buffers, one per TA-Lib output
         * @return TA-Lib's return code
         */
        RetCode run(MInteger begin, MInteger count, double[][] out);
    }

    /**
     * Runs a TA-Lib call on {@code n} bars and checks each of its outputs against ours.
     *
     * @param what       label for messages
     * @param ours       our outputs
     * @param lookback   our lookback
     * @param call       the TA-Lib call
     * @param ourOutputs for each TA-Lib output, the index of our matching output
     */
    public static void assertMatches(String what, double[][] ours, int lookback, Call call, int... ourOutputs) {
        assertMatches(what, ours, lookback, 0.0, call, ourOutputs);
    }

    /**
     * Runs a TA-Lib call and checks its outputs against ours, with errors measured against
     * {@code max(|value|, scale)} (see {@link #assertMatches(String, RetCode, Range, double[], double[], int, double)}).
     *
     * @param what       label for messages
     * @param ours       our outputs
     * @param lookback   our lookback
     * @param scale      magnitude of the inputs the outputs are differences of
     * @param call       the TA-Lib call
     * @param ourOutputs for each TA-Lib output, the index of our matching output
     */
    public static void assertMatches(String what, double[][] ours, int lookback, double scale, Call call,
                                     int... ourOutputs) {
        int n = ours[0].length;
        double[][] expected = new double[ourOutputs.length][n];
        Range range = new Range();
        RetCode code = call.run(range.begin, range.count, expected);
        for (int k = 0; k < ourOutputs.length; k++) {
            assertMatches(what + " output " + ourOutputs[k], code, range, expected[k], ours[ourOutputs[k]], lookback,
                    scale);
        }
    }
}
