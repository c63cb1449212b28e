package dev.backtester.core.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One value of the YAML tree with its key path. Every read that finds the wrong kind of value
 * records a problem at the value's line and returns empty, so reading goes on and all problems
 * of a file are found in one pass.
 */
final class ConfigValue {
    private final String path;
    private final Node node;
    private final Node anchor;
    private final Problems problems;

    /**
     * @param path     key path, e.g. {@code components.sizing}
     * @param node     the value, or null when the key is absent
     * @param anchor   where to point when the value is absent: the enclosing node
     * @param problems where problems go
     */
    ConfigValue(String path, Node node, Node anchor, Problems problems) {
        this.path = path;
        this.node = node;
        this.anchor = anchor;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    Node node() {
        return node;
    }

    Problems problems() {
        return problems;
    }

    /** The value's node, or the enclosing node when the value is absent: where problems point. */
    Node position() {
        return node != null ? node : anchor;
    }

    /** True when the key is there, even with a null value. */
    boolean isPresent() {
        return node != null;
    }

    /** True when the key is absent or its value is null ({@code key:} or {@code key: ~}). */
    boolean isNullOrAbsent() {
        return node == null || node instanceof ScalarNode scalar && Scalars.isNull(scalar);
    }

    /** 1-based line of the value, or of the enclosing node when absent. */
    int line() {
        Node at = position();
        return at == null ? 0 : at.getStartMark().getLine() + 1;
    }

    /** Records a problem at this value (or at the enclosing node when absent). */
    void error(String message) {
        problems.add(path, position(), message);
    }

    /** The path of a child key. */
    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Optional<ConfigMap> asMap() {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new ConfigMap(this, mapping));
        }
        error("expected a map of keys, got " + describe());
        return Optional.empty();
    }

    /** A map, or an empty map when absent or null. */
    Optional<ConfigMap> asMapOrEmpty() {
        if (isNullOrAbsent()) {
            return Optional.of(ConfigMap.empty(this));
        }
        return asMap();
    }

    Optional<List<ConfigValue>> asList() {
        if (node instanceof SequenceNode sequence) {
            List<ConfigValue> items = new ArrayList<>();
            List<Node> nodes = sequence.getValue();
            for (int i = 0; i < nodes.size(); i++) {
                items.add(new ConfigValue(path + "[" + i + "]", nodes.get(i), sequence, problems));
            }
            return Optional.of(items);
        }
        error("expected a list, got " + describe());
        return Optional.empty();
    }

    /** The text of a scalar that is not null; numbers and dates give their text as written. */
    Optional<String> asText() {
        if (node instanceof ScalarNode scalar && !Scalars.isNull(scalar)) {
            return Optional.of(scalar.getValue());
        }
        error("expected a text value, got " + describe());
        return Optional.empty();
    }

    OptionalDouble asNumber() {
        if (node instanceof ScalarNode scalar && Scalars.isNumber(scalar)) {
            return OptionalDouble.of(Scalars.doubleValue(scalar));
        }
        error("expected a number, got " + describe());
        return OptionalDouble.empty();
    }

    /** A whole number; {@code 20.0} counts as 20 because the canonical form treats them as equal. */
    OptionalInt asInteger() {
        OptionalDouble number = asNumber();
        if (number.isEmpty()) {
            return OptionalInt.empty();
        }
        double value = number.getAsDouble();
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            error("expected a whole number, got " + describe());
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value);
    }

    Optional<Boolean> asBoolean() {
        if (node instanceof ScalarNode scalar && Scalars.isBoolean(scalar)) {
            return Optional.of(Scalars.booleanValue(scalar));
        }
        error("expected true or false, got " + describe());
        return Optional.empty();
    }

    /** An ISO date, quoted ({@code "2020-01-31"}) or not. */
    Optional<LocalDate> asDate() {
        Optional<String> text = node instanceof ScalarNode scalar && !Scalars.isNull(scalar)
                ? Optional.of(scalar.getValue()) : Optional.empty();
        if (text.isPresent()) {
            try {
                return Optional.of(LocalDate.parse(text.get()));
            } catch (DateTimeParseException e) {
                // reported below with what is expected
            }
        }
        error("expected a date like \"2020-01-31\", got " + describe());
        return Optional.empty();
    }

    /** How the value looks, for messages: {@code 'abc'}, {@code a list}, {@code nothing}. */
    String describe() {
        if (node == null) {
            return "nothing (the key is missing)";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (Scalars.isNull(scalar)) {
            return "an empty value";
        }
        return "'" + scalar.getValue() + "'";
    }
}
