package dev.backtester.core.config;

import dev.backtester.api.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The parameters of one component as its {@link ComponentFactory} reads them.
 *
 * <p>Every read checks presence, type and range. A problem is recorded with the parameter's key
 * path and line, and the read returns a stand-in value (the default, or a value inside the range)
 * so that the factory runs on and the problems of the other parameters are found in the same
 * pass; the component built from stand-ins is then thrown away. Parameters never read are
 * reported as unknown, listing the ones the component reads.
 */
public final class Params {
    private final ComponentKind kind;
    private final String component;
    private final ConfigMap map;
    private final IndicatorScope scope;
    private final int problemsBefore;
    private final List<Params> sections = new ArrayList<>();

    Params(ComponentKind kind, String component, ConfigMap map, IndicatorScope scope) {
        this.kind = kind;
        this.component = component;
        this.map = map;
        this.scope = scope;
        this.problemsBefore = map.self().problems().count();
    }

    /** The component's registered name, e.g. {@code percent_of_equity}. */
    public String component() {
        return component;
    }

    /** Key path of the parameter block, e.g. {@code components.sizing.params}. */
    public String path() {
        return map.path();
    }

    /** True when the parameter is given (even as an empty value). */
    public boolean has(String key) {
        map.get(key);
        return map.has(key);
    }

    /** A required whole-number parameter within {@code range}. */
    public int integer(String key, Range range) {
        ConfigValue value = map.require(key);
        return value.isNullOrAbsent() ? (int) range.sample() : checkedInteger(value, range, (int) range.sample());
    }

    /** An optional whole-number parameter within {@code range}; {@code defaultValue} when absent. */
    public int integer(String key, int defaultValue, Range range) {
        ConfigValue value = map.get(key);
        return value.isNullOrAbsent() ? defaultValue : checkedInteger(value, range, defaultValue);
    }

    /** A required number within {@code range}. */
    public double number(String key, Range range) {
        ConfigValue value = map.require(key);
        return value.isNullOrAbsent() ? range.sample() : checkedNumber(value, range, range.sample());
    }

    /** An optional number within {@code range}; {@code defaultValue} when absent. */
    public double number(String key, double defaultValue, Range range) {
        ConfigValue value = map.get(key);
        return value.isNullOrAbsent() ? defaultValue : checkedNumber(value, range, defaultValue);
    }

    /** An optional true/false parameter. */
    public boolean flag(String key, boolean defaultValue) {
        ConfigValue value = map.get(key);
        return value.isNullOrAbsent() ? defaultValue : value.asBoolean().orElse(defaultValue);
    }

    /** A required text parameter. */
    public String text(String key) {
        ConfigValue value = map.require(key);
        return value.isNullOrAbsent() ? "" : value.asText().orElse("");
    }

    /** An optional text parameter. */
    public String text(String key, String defaultValue) {
        ConfigValue value = map.get(key);
        return value.isNullOrAbsent() ? defaultValue : value.asText().orElse(defaultValue);
    }

    /** An optional parameter that must be one of {@code allowed} (compared ignoring case; returned in lower case). */
    public String choice(String key, String defaultValue, List<String> allowed) {
        ConfigValue value = map.get(key);
        if (value.isNullOrAbsent()) {
            return defaultValue;
        }
        Optional<String> text = value.asText();
        if (text.isEmpty()) {
            return defaultValue;
        }
        String lower = text.get().toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            value.error("must be one of " + String.join(", ", allowed) + ", got " + value.describe());
            return defaultValue;
        }
        return lower;
    }

    /** A required non-empty list of text values. */
    public List<String> texts(String key) {
        ConfigValue value = map.require(key);
        if (value.isNullOrAbsent()) {
            return List.of();
        }
        Optional<List<ConfigValue>> items = value.asList();
        List<String> texts = new ArrayList<>();
        for (ConfigValue item : items.orElse(List.of())) {
            item.asText().ifPresent(texts::add);
        }
        if (items.isPresent() && items.get().isEmpty()) {
            value.error("needs at least one value");
        }
        return texts;
    }

    /**
     * A required column reference: a price field ({@code close}), an indicator id with one output
     * ({@code rsi}) or {@code id.output} ({@code bb.lower}).
     */
    public Series series(String key) {
        ConfigValue value = map.require(key);
        if (value.isNullOrAbsent()) {
            return Series.CLOSE;
        }
        return value.asText().flatMap(ref -> scope.resolve(ref, value)).orElse(Series.CLOSE);
    }

    /** An optional column reference, {@code defaultReference} (e.g. {@code close}) when absent. */
    public Series series(String key, String defaultReference) {
        ConfigValue value = map.get(key);
        String ref = value.isNullOrAbsent() ? defaultReference : value.asText().orElse(defaultReference);
        return scope.resolve(ref, value).orElse(Series.CLOSE);
    }

    /** A required operand: a number, or a column reference as in {@link #series(String)}. */
    public Operand operand(String key) {
        ConfigValue value = map.require(key);
        if (value.isNullOrAbsent()) {
            return new Operand.Constant(0);
        }
        if (value.node() instanceof ScalarNode scalar && Scalars.isNumber(scalar)) {
            return new Operand.Constant(checkedNumber(value, Range.any(), 0));
        }
        return new Operand.Column(value.asText().flatMap(ref -> scope.resolve(ref, value)).orElse(Series.CLOSE));
    }

    /**
     * Output {@code output} of an indicator of registered type {@code type} (e.g.
     * {@code bollinger_bands}, output {@code lower}): the one whose id parameter {@code key} names,
     * or, when {@code key} is absent, the only indicator of that type. A null {@code output} means
     * the indicator's only output.
     */
    public Series indicatorOutput(String key, String type, String output) {
        ConfigValue value = map.get(key);
        String id = null;
        if (!value.isNullOrAbsent()) {
            Optional<String> text = value.asText();
            if (text.isEmpty()) {
                return Series.CLOSE;
            }
            id = text.get();
        }
        ConfigValue at = value.isPresent() ? value : map.self();
        return scope.output(id, type, output, at).orElse(Series.CLOSE);
    }

    /**
     * An optional nested block of parameters, e.g. {@code resume: {after_bars: 20}}, read like the
     * component's own (its unknown keys are reported too); empty when absent or not a map.
     */
    public Optional<Params> section(String key) {
        ConfigValue value = map.get(key);
        if (value.isNullOrAbsent()) {
            return Optional.empty();
        }
        Optional<Params> nested = value.asMap().map(m -> new Params(kind, component + "." + key, m, scope));
        nested.ifPresent(sections::add);
        return nested;
    }

    /**
     * A required non-empty map from names to non-empty lists of text values, in file order, e.g.
     * {@code groups: {tech: [AAPL, MSFT], energy: [XOM]}}.
     */
    public Map<String, List<String>> textLists(String key) {
        ConfigValue value = map.require(key);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        if (value.isNullOrAbsent()) {
            return lists;
        }
        Optional<ConfigMap> entries = value.asMap();
        if (entries.isEmpty()) {
            return lists;
        }
        for (String name : entries.get().keys()) {
            ConfigValue listValue = entries.get().get(name);
            Optional<List<ConfigValue>> items = listValue.asList();
            List<String> texts = new ArrayList<>();
            for (ConfigValue item : items.orElse(List.of())) {
                item.asText().ifPresent(texts::add);
            }
            if (items.isPresent() && items.get().isEmpty()) {
                listValue.error("needs at least one value");
            }
            lists.put(name, texts);
        }
        if (entries.get().size() == 0) {
            value.error("needs at least one entry");
        }
        return lists;
    }

    /**
     * Records a problem with parameter {@code key} that the factory found itself, e.g. a fast
     * period not below the slow one.
     */
    public void reject(String key, String message) {
        ConfigValue value = map.get(key);
        value.error(message);
    }

    /** True when a problem was recorded since these parameters were opened. */
    boolean failed() {
        return map.self().problems().count() > problemsBefore;
    }

    /** Reports parameters nobody read. */
    void rejectUnknown() {
        map.rejectUnknownKeys(kind.label() + " " + component);
        sections.forEach(Params::rejectUnknown);
    }

    private int checkedInteger(ConfigValue value, Range range, int fallback) {
        OptionalInt number = value.asInteger();
        if (number.isEmpty()) {
            return fallback;
        }
        if (!range.contains(number.getAsInt())) {
            value.error("must be a whole number " + range + ", got " + value.describe());
            return fallback;
        }
        return number.getAsInt();
    }

    private double checkedNumber(ConfigValue value, Range range, double fallback) {
        OptionalDouble number = value.asNumber();
        if (number.isEmpty()) {
            return fallback;
        }
        if (!range.contains(number.getAsDouble())) {
            value.error("must be a number " + range + ", got " + value.describe());
            return fallback;
        }
        return number.getAsDouble();
    }
}
