package dev.backtester.core.config;

import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.execution.CommissionModel;
import dev.backtester.api.execution.FillModel;
import dev.backtester.api.execution.SlippageModel;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads a whole document: the header ({@code strategy}, {@code version}), {@code runtime},
 * {@code components}, {@code execution} and {@code backtest}. Problems are collected, never thrown
 * one by one; the strategy is built only from a document without problems.
 */
final class DocumentReader {
    /** Semantic versioning 2.0.0: MAJOR.MINOR.PATCH with optional pre-release and build parts. */
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final ComponentMaker maker;
    private final Path baseDirectory;

    DocumentReader(ComponentRegistry registry, Path baseDirectory) {
        this.maker = new ComponentMaker(registry, new IndicatorScope());
        this.baseDirectory = baseDirectory;
    }

    /** The parts of a checked document; the strategy is built only when there were no problems. */
    record Parts(String name, String version, RuntimeSettings runtime, BacktestSettings backtest,
                 StrategyBuilder builder) {
    }

    Parts read(ConfigMap top) {
        String name = text(top.require("strategy")).orElse("");
        if (name.isBlank() && top.has("strategy")) {
            top.get("strategy").error("the strategy name must not be blank");
        }
        ConfigValue versionValue = top.require("version");
        String version = text(versionValue).orElse("");
        if (!version.isEmpty() && !SEMVER.matcher(version).matches()) {
            versionValue.error("must be a semantic version MAJOR.MINOR.PATCH such as \"2.1.0\" (quote it), got "
                    + versionValue.describe());
        }
        StrategyBuilder builder = StrategyBuilder.named(name.isBlank() ? "unnamed" : name);
        RuntimeSettings runtime = runtime(top.get("runtime"), builder);
        ConfigValue components = top.require("components");
        if (!components.isNullOrAbsent()) {
            new ComponentsReader(maker).read(components, builder);
        }
        execution(top.get("execution"), builder);
        BacktestSettings backtest = backtest(top.get("backtest"));
        top.rejectUnknownKeys("the top level");
        return new Parts(name, version, runtime, backtest, builder);
    }

    private RuntimeSettings runtime(ConfigValue value, StrategyBuilder builder) {
        if (value.isNullOrAbsent()) {
            return new RuntimeSettings(Optional.empty(), OptionalInt.empty());
        }
        Optional<ConfigMap> map = value.asMap();
        if (map.isEmpty()) {
            return new RuntimeSettings(Optional.empty(), OptionalInt.empty());
        }
        Optional<CandleInterval> interval = Optional.empty();
        ConfigValue intervalValue = map.get().get("candle_interval");
        if (!intervalValue.isNullOrAbsent()) {
            interval = intervalValue.asText().flatMap(text -> {
                Optional<CandleInterval> parsed = CandleInterval.parse(text);
                if (parsed.isEmpty()) {
                    intervalValue.error("must be a count and a unit s, m, h, d or w, such as \"1d\" or \"15m\", got "
                            + intervalValue.describe());
                }
                return parsed;
            });
        }
        OptionalInt warmup = OptionalInt.empty();
        ConfigValue warmupValue = map.get().get("warmup_periods");
        if (!warmupValue.isNullOrAbsent()) {
            warmup = integer(warmupValue, Range.closed(0, 1_000_000));
            warmup.ifPresent(builder::warmup);
        }
        map.get().rejectUnknownKeys("runtime");
        return new RuntimeSettings(interval, warmup);
    }

    private void execution(ConfigValue value, StrategyBuilder builder) {
        if (value.isNullOrAbsent()) {
            return;
        }
        Optional<ConfigMap> map = value.asMap();
        if (map.isEmpty()) {
            return;
        }
        ConfigMap block = map.get();
        component(block.get("fill_model"), ComponentKind.FILL_MODEL, FillModel.class).ifPresent(builder::fills);
        component(block.get("commission_model"), ComponentKind.COMMISSION_MODEL, CommissionModel.class)
                .ifPresent(builder::commission);
        component(block.get("slippage_model"), ComponentKind.SLIPPAGE_MODEL, SlippageModel.class)
                .ifPresent(builder::slippage);
        ConfigValue fractional = block.get("fractional_shares");
        if (!fractional.isNullOrAbsent()) {
            fractional.asBoolean().ifPresent(builder::fractionalShares);
        }
        block.rejectUnknownKeys("execution");
    }

    private <T> Optional<T> component(ConfigValue value, ComponentKind kind, Class<T> type) {
        if (value.isNullOrAbsent()) {
            return Optional.empty();
        }
        return TypedBlock.read(value).flatMap(block -> maker.make(kind, type, block.name(), block.nameAt(), block.params()));
    }

    private BacktestSettings backtest(ConfigValue value) {
        Optional<ConfigMap> map = value.isNullOrAbsent() ? Optional.empty() : value.asMap();
        if (map.isEmpty()) {
            return new BacktestSettings(Optional.empty(), Optional.empty(), 100_000, 0, 1, List.of(), Optional.empty(),
                    Optional.empty());
        }
        ConfigMap block = map.get();
        Optional<LocalDate> start = date(block.get("start_date"));
        ConfigValue endValue = block.get("end_date");
        Optional<LocalDate> end = date(endValue);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            endValue.error("end_date " + end.get() + " is before start_date " + start.get());
        }
        double capital = number(block.get("initial_capital"), 100_000, Range.greaterThan(0));
        double riskFree = number(block.get("risk_free_rate"), 0, new Range(-1, false, 1, false));
        double leverage = number(block.get("max_leverage"), 1, Range.closed(1, 100));
        List<String> symbols = new ArrayList<>();
        ConfigValue symbolsValue = block.get("symbols");
        if (!symbolsValue.isNullOrAbsent()) {
            Optional<List<ConfigValue>> items = symbolsValue.asList();
            items.orElse(List.of()).forEach(item -> item.asText().ifPresent(symbols::add));
            if (items.isPresent() && items.get().isEmpty()) {
                symbolsValue.error("needs at least one symbol; leave 'symbols' out to trade every symbol of the data");
            }
        }
        ConfigValue universeValue = block.get("universe");
        Optional<String> universe = universeValue.isNullOrAbsent() ? Optional.empty() : universeValue.asText();
        ConfigValue dataValue = block.get("data");
        Optional<DataSource> data = dataValue.isNullOrAbsent() ? Optional.empty() : dataSource(dataValue);
        block.rejectUnknownKeys("backtest");
        return new BacktestSettings(start, end, capital, riskFree, leverage, symbols, universe, data);
    }

    private Optional<DataSource> dataSource(ConfigValue value) {
        Optional<ConfigMap> map = value.asMap();
        if (map.isEmpty()) {
            return Optional.empty();
        }
        ConfigMap block = map.get();
        ConfigValue pathValue = block.require("path");
        Optional<String> path = pathValue.isNullOrAbsent() ? Optional.empty() : pathValue.asText();
        ConfigValue formatValue = block.get("format");
        String format = formatValue.isNullOrAbsent() ? "yahoo" : formatValue.asText().orElse("yahoo");
        boolean formatOk = DataSource.FORMATS.contains(format);
        if (!formatOk) {
            formatValue.error("unknown data format '" + format + "'; known: " + String.join(", ", DataSource.FORMATS));
        }
        ConfigValue zoneValue = block.get("zone");
        Optional<ZoneId> zone = Optional.empty();
        if (!zoneValue.isNullOrAbsent()) {
            zone = zoneValue.asText().flatMap(text -> {
                try {
                    return Optional.of(ZoneId.of(text));
                } catch (DateTimeException e) {
                    zoneValue.error("unknown time zone '" + text + "'; use a region id such as America/New_York or UTC");
                    return Optional.empty();
                }
            });
        }
        block.rejectUnknownKeys("backtest.data");
        if (path.isEmpty() || !formatOk) {
            return Optional.empty();
        }
        // a relative path is relative to the configuration file, so a file and its data move together
        return Optional.of(new DataSource(baseDirectory.resolve(path.get()).normalize(), format, zone));
    }

    private static Optional<String> text(ConfigValue value) {
        return value.isNullOrAbsent() ? Optional.empty() : value.asText();
    }

    private static Optional<LocalDate> date(ConfigValue value) {
        return value.isNullOrAbsent() ? Optional.empty() : value.asDate();
    }

    private static double number(ConfigValue value, double defaultValue, Range range) {
        if (value.isNullOrAbsent()) {
            return defaultValue;
        }
        double number = value.asNumber().orElse(defaultValue);
        if (!range.contains(number)) {
            value.error("must be a number " + range + ", got " + value.describe());
            return defaultValue;
        }
        return number;
    }

    private static OptionalInt integer(ConfigValue value, Range range) {
        OptionalInt number = value.asInteger();
        if (number.isPresent() && !range.contains(number.getAsInt())) {
            value.error("must be a whole number " + range + ", got " + value.describe());
            return OptionalInt.empty();
        }
        return number;
    }
}
