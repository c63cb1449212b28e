package dev.backtester.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The 1-based line of every key path in a file, kept with the loaded configuration so that
 * problems found later (a symbol missing from the data) still point at the line to fix.
 */
final class Positions {
    private Positions() {
    }

    static Map<String, Integer> of(Node root) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        collect("", root, lines);
        return lines;
    }

    private static void collect(String path, Node node, Map<String, Integer> lines) {
        lines.putIfAbsent(path, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    collect(child, tuple.getValueNode(), lines);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                collect(path + "[" + i + "]", items.get(i), lines);
            }
        }
    }
}
