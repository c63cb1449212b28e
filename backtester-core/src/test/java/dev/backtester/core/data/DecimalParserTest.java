package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0.0", "42|42.0", "+1.5|1.5", "-0.25|-0.25", ".5|0.5", "5.|5.0", "1e3|1000.0", "1.5E-7|1.5E-7",
        "007.50|7.5", "123456789012345678|1.2345678901234568E17", "0.1|0.1", "2.179012|2.179012"})
    void acceptsPlainDecimals(String text, double expected) {
        assertEquals(expected, parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "1e", "1e+", "e5", "1.2.3", "1,5", " 1", "1 ", "1d", "1f", "0x1p3",
        "abc", "1O.5", "\"10\"", "--1", "1e3.5", "NaNa", "1_000"})
    void rejectsEverythingElse(String text) {
        assertThrows(NumberFormatException.class, () -> parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Infinity", "-Infinity", "+inf", "INF"})
    void readsNonFiniteWordsSoValidationCanNameThem(String text) {
        assertFalse(Double.isFinite(parse(text)));
    }

    @Property(tries = 2000)
    void readsEveryDoubleAsJavaWritesIt(@ForAll double value) {
        String text = Double.toString(value);
        assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(parse(text)));
    }

    @Property(tries = 2000)
    void agreesWithParseDoubleOnDecimalStrings(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long digits,
                                               @ForAll @IntRange(min = 0, max = 19) int pointPosition,
                                               @ForAll boolean negative) {
        String unsigned = Long.toString(digits);
        int point = Math.min(pointPosition, unsigned.length());
        String text = (negative ? "-" : "") + unsigned.substring(0, point) + "." + unsigned.substring(point);
        assertEquals(Double.parseDouble(text), parse(text), text);
    }

    private static double parse(String text) {
        String padded = "x," + text + ",y";
        // parse from the middle of a longer string, as the reader does with a line
        return DecimalParser.parse(padded, 2, 2 + text.length());
    }
}
