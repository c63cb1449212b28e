package dev.backtester.core.config;

import dev.backtester.api.Condition;
import dev.backtester.api.Series;

/**
 * The conditions usable in signal lists, by YAML name: generic comparisons of columns
 * ({@code above}, {@code below}, {@code cross_above}, {@code cross_below}) and named rules of the
 * original design ({@code bb_lower_touch}, {@code rsi_oversold}, ...).
 */
public final class BuiltInConditions implements ComponentProvider {
    private static final Range LOOK_BACK = Range.closed(1, 10_000);
    private static final Range RSI_LEVEL = Range.closed(0, 100);
    private static final String OPERANDS = "a, b: a column (close, rsi, bb.lower) or, for b, a number (required)";

    @Override
    public void register(ComponentRegistry.Builder registry) {
        registry.condition("above", "a > b on each of the last 'bars' bars; " + OPERANDS + "; bars: int >= 1 (1)",
                p -> holdsFor(p.operand("a"), p.operand("b"), p.integer("bars", 1, LOOK_BACK), true));
        registry.condition("below", "a < b on each of the last 'bars' bars; " + OPERANDS + "; bars: int >= 1 (1)",
                p -> holdsFor(p.operand("a"), p.operand("b"), p.integer("bars", 1, LOOK_BACK), false));
        registry.condition("cross_above", "a crossed above b on one of the last 'within' bars (a > b after a <= b);"
                        + " " + OPERANDS + "; within: int >= 1 (1)",
                p -> crossed(p.operand("a"), p.operand("b"), p.integer("within", 1, LOOK_BACK), true));
        registry.condition("cross_below", "a crossed below b on one of the last 'within' bars (a < b after a >= b);"
                        + " " + OPERANDS + "; within: int >= 1 (1)",
                p -> crossed(p.operand("a"), p.operand("b"), p.integer("within", 1, LOOK_BACK), false));

        registry.condition("bb_lower_touch", "price < the lower Bollinger band; indicator: id of a bollinger_bands"
                        + " (the only one); price: column (close)",
                p -> below(p.series("price", "close"), p.indicatorOutput("indicator", "bollinger_bands", "lower")));
        registry.condition("bb_upper_touch", "price > the upper Bollinger band; indicator: id of a bollinger_bands"
                        + " (the only one); price: column (close)",
                p -> below(p.indicatorOutput("indicator", "bollinger_bands", "upper"), p.series("price", "close")));
        registry.condition("rsi_oversold", "RSI < threshold; threshold: number in [0, 100] (30); indicator: id of an"
                        + " rsi (the only one)",
                p -> belowLevel(p.indicatorOutput("indicator", "rsi", null), p.number("threshold", 30, RSI_LEVEL)));
        registry.condition("rsi_overbought", "RSI > threshold; threshold: number in [0, 100] (70); indicator: id of"
                        + " an rsi (the only one)",
                p -> aboveLevel(p.indicatorOutput("indicator", "rsi", null), p.number("threshold", 70, RSI_LEVEL)));
    }

    // The named rules read the window exactly as a hand-written lambda would (w.value(a) < w.value(b)),
    // so a YAML strategy and its Java twin make bit-identical decisions.
    private static Condition below(Series a, Series b) {
        return w -> w.value(a) < w.value(b);
    }

    private static Condition belowLevel(Series a, double level) {
        return w -> w.value(a) < level;
    }

    private static Condition aboveLevel(Series a, double level) {
        return w -> w.value(a) > level;
    }

    private static Condition holdsFor(Operand a, Operand b, int bars, boolean above) {
        return w -> {
            for (int k = 0; k < bars; k++) {
                double x = a.value(w, k);
                double y = b.value(w, k);
                if (above ? !(x > y) : !(x < y)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Condition crossed(Operand a, Operand b, int within, boolean up) {
        return w -> {
            for (int k = 0; k < within; k++) {
                double aNow = a.value(w, k);
                double bNow = b.value(w, k);
                double aBefore = a.value(w, k + 1);
                double bBefore = b.value(w, k + 1);
                // the same comparisons as DataWindow.crossedAbove / crossedBelow
                if (up ? aNow > bNow && aBefore <= bBefore : aNow < bNow && aBefore >= bBefore) {
                    return true;
                }
            }
            return false;
        };
    }
}
