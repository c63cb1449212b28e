package dev.backtester.core.config;

import dev.backtester.core.indicators.IndicatorAdapter;
import dev.backtester.core.indicators.Indicators;
import dev.backtester.indicators.Source;
import dev.backtester.indicators.volatility.StdDev;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The library's indicators by YAML name. One line per indicator: the factory reads the
 * parameters and calls the same factory a Java strategy would, so YAML and Java strategies
 * compute identical values.
 */
public final class BuiltInIndicators implements ComponentProvider {
    private static final Range PERIOD = Range.closed(1, 100_000);
    private static final Range RSI_PERIOD = Range.closed(2, 100_000);
    private static final Range STD_DEVS = Range.closed(0, 100);
    private static final String SOURCE = "source: open|high|low|close|volume|median|typical|weighted (close)";

    @Override
    public void register(ComponentRegistry.Builder registry) {
        registry.indicator("sma", "simple moving average; period: int >= 1 (required); " + SOURCE,
                p -> Indicators.sma(source(p), p.integer("period", PERIOD)));
        registry.indicator("ema", "exponential moving average, SMA-seeded; period: int >= 1 (required); " + SOURCE,
                p -> Indicators.ema(source(p), p.integer("period", PERIOD)));
        registry.indicator("rsi", "Wilder's RSI; period: int >= 2 (14); " + SOURCE,
                p -> Indicators.rsi(source(p), p.integer("period", 14, RSI_PERIOD)));
        registry.indicator("stddev", "population standard deviation; period: int >= 1 (required); " + SOURCE,
                p -> IndicatorAdapter.single(new StdDev(source(p), p.integer("period", PERIOD))));
        registry.indicator("bollinger_bands", "outputs upper, middle, lower, percent_b, bandwidth; period: int >= 1"
                        + " (20); std_dev: number in [0, 100] (2.0); std_dev_up, std_dev_down: override std_dev per band; "
                        + SOURCE,
                p -> {
                    Source source = source(p);
                    int period = p.integer("period", 20, PERIOD);
                    double k = p.number("std_dev", 2.0, STD_DEVS);
                    return Indicators.bollinger(source, period, p.number("std_dev_up", k, STD_DEVS),
                            p.number("std_dev_down", k, STD_DEVS));
                });
    }

    /** The optional {@code source} parameter: which bar value the indicator reads. */
    static Source source(Params params) {
        List<String> names = new ArrayList<>();
        for (Source source : Source.values()) {
            names.add(source.label());
        }
        String name = params.choice("source", "close", names);
        return Source.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
