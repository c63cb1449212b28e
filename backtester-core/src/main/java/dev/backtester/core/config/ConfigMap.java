package dev.backtester.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML map read key by key. It remembers which keys were asked for, so that every key nobody
 * asked for can be reported as unknown (a misspelt key must not be silently ignored).
 */
final class ConfigMap {
    private final ConfigValue self;
    private final Map<String, ConfigValue> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    ConfigMap(ConfigValue self, MappingNode mapping) {
        this.self = self;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || Scalars.isNull(scalar)) {
                self.problems().add(self.path(), keyNode, "keys must be plain names, got a "
                        + (keyNode instanceof ScalarNode ? "empty key" : "list or map as a key"));
                continue;
            }
            String key = scalar.getValue();
            ConfigValue value = new ConfigValue(self.child(key), tuple.getValueNode(), mapping, self.problems());
            if (entries.containsKey(key)) {
                self.problems().add(self.child(key), keyNode, "duplicate key '" + key + "' (first on line "
                        + entries.get(key).line() + ")");
                continue;
            }
            entries.put(key, value);
        }
    }

    private ConfigMap(ConfigValue self) {
        this.self = self;
    }

    /** An empty map standing for an absent or null value at {@code self}. */
    static ConfigMap empty(ConfigValue self) {
        return new ConfigMap(self);
    }

    ConfigValue self() {
        return self;
    }

    String path() {
        return self.path();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    int size() {
        return entries.size();
    }

    /** The value under {@code key}, absent if there is none; marks the key as known. */
    ConfigValue get(String key) {
        asked.add(key);
        ConfigValue value = entries.get(key);
        return value != null ? value : new ConfigValue(self.child(key), null, self.position(), self.problems());
    }

    /** Like {@link #get} but records a problem when the key is absent or null. */
    ConfigValue require(String key) {
        ConfigValue value = get(key);
        if (value.isNullOrAbsent()) {
            value.error(value.isPresent() ? "'" + key + "' must not be empty" : "missing required key '" + key + "'");
        }
        return value;
    }

    /** The keys present that nobody asked for, in file order. */
    List<ConfigValue> unaskedEntries() {
        List<ConfigValue> unknown = new ArrayList<>();
        for (Map.Entry<String, ConfigValue> entry : entries.entrySet()) {
            if (!asked.contains(entry.getKey())) {
                unknown.add(entry.getValue());
            }
        }
        return unknown;
    }

    /** Records every key nobody asked for as unknown, naming what {@code what} allows. */
    void rejectUnknownKeys(String what) {
        for (ConfigValue value : unaskedEntries()) {
            String key = value.path().substring(value.path().lastIndexOf('.') + 1);
            self.problems().add(value.path(), keyNode(key), "unknown key '" + key + "' in " + what + "; allowed: "
                    + String.join(", ", asked));
        }
    }

    private Node keyNode(String key) {
        if (self.node() instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return scalar;
                }
            }
        }
        return self.position();
    }
}
