package dev.backtester.core.config;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A block that names one component and its parameters, in any of three spellings:
 * <pre>
 * sizing: percent_of_equity                                  # a name alone: no parameters
 * sizing: {type: percent_of_equity, params: {pct: 0.95}}     # parameters under params
 * commission_model: {type: percent, rate: 0.001}             # parameters beside type
 * </pre>
 *
 * @param name   the component name
 * @param nameAt where the name is written
 * @param params the parameters (an empty map when there are none)
 */
record TypedBlock(String name, ConfigValue nameAt, ConfigMap params) {

    /** Reads the block at {@code value}, recording problems; empty when unusable. */
    static Optional<TypedBlock> read(ConfigValue value) {
        if (value.node() instanceof ScalarNode) {
            ConfigValue params = new ConfigValue(value.child("params"), null, value.node(), value.problems());
            return value.asText().map(name -> new TypedBlock(name, value, ConfigMap.empty(params)));
        }
        if (!(value.node() instanceof MappingNode)) {
            value.error("expected a component name or {type: NAME, params: {...}}, got " + value.describe());
            return Optional.empty();
        }
        ConfigMap map = value.asMap().orElseThrow();
        ConfigValue type = map.require("type");
        Optional<String> name = type.isNullOrAbsent() ? Optional.empty() : type.asText();
        ConfigMap params;
        if (map.has("params")) {
            params = map.get("params").asMapOrEmpty().orElse(null);
            map.rejectUnknownKeys(value.path() + " (parameters go under 'params' or beside 'type', not both)");
        } else {
            // parameters written beside 'type': the block itself is the parameter map, and
            // 'type' has already been read, so it is not taken for an unknown parameter
            params = map;
        }
        if (name.isEmpty() || params == null) {
            return Optional.empty();
        }
        return Optional.of(new TypedBlock(name.get(), type, params));
    }
}
