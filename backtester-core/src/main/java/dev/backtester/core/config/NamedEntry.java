package dev.backtester.core.config;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A list item that names a component: {@code - rsi: {period: 14}}, or {@code - bb_upper_touch}
 * without parameters.
 *
 * @param name   the component name
 * @param nameAt where the name is written
 * @param params the parameters (an empty map when there are none)
 */
record NamedEntry(String name, ConfigValue nameAt, ConfigMap params) {

    /** Reads the item, recording problems; empty when unusable. */
    static Optional<NamedEntry> read(ConfigValue item) {
        if (item.node() instanceof ScalarNode) {
            ConfigValue params = new ConfigValue(item.path(), null, item.node(), item.problems());
            return item.asText().map(name -> new NamedEntry(name, item, ConfigMap.empty(params)));
        }
        if (!(item.node() instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
            item.error("expected one '- name: {parameters}' entry, got " + item.describe()
                    + (item.node() instanceof MappingNode m ? " with " + m.getValue().size() + " keys" : ""));
            return Optional.empty();
        }
        ConfigMap map = item.asMap().orElseThrow();
        if (map.size() != 1) {
            return Optional.empty();
        }
        String name = map.keys().iterator().next();
        ConfigValue value = map.get(name);
        return value.asMapOrEmpty().map(params -> new NamedEntry(name, value, params));
    }
}
