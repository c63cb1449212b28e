package dev.backtester.core.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The canonical form of a configuration: compact JSON of the YAML tree with map keys sorted and
 * every number in one spelling ({@code 1}, {@code 1.0}, {@code 1.00} and {@code 1e0} all give
 * {@code 1}). Comments, key order, quoting style and layout do not show in it, so equivalent files
 * have equal canonical forms and equal hashes. Text stays text: {@code "30"} (quoted) is not
 * {@code 30}.
 */
final class CanonicalForm {
    private CanonicalForm() {
    }

    /** The canonical JSON of {@code node}. */
    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** The canonical JSON of the root map reduced to {@code keys} (absent ones are left out). */
    static String of(MappingNode root, Set<String> keys) {
        Map<String, Node> kept = new TreeMap<>();
        for (NodeTuple tuple : root.getValue()) {
            String key = keyText(tuple.getKeyNode());
            if (keys.contains(key)) {
                kept.put(key, tuple.getValueNode());
            }
        }
        StringBuilder out = new StringBuilder();
        writeMap(kept, out);
        return out.toString();
    }

    /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof MappingNode mapping) {
            Map<String, Node> sorted = new TreeMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                sorted.put(keyText(tuple.getKeyNode()), tuple.getValueNode());
            }
            writeMap(sorted, out);
        } else if (node instanceof SequenceNode sequence) {
            out.append('[');
            boolean first = true;
            for (Node item : sequence.getValue()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            scalar((ScalarNode) node, out);
        }
    }

    private static void writeMap(Map<String, Node> sorted, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Node> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(entry.getKey(), out);
            out.append(':');
            write(entry.getValue(), out);
        }
        out.append('}');
    }

    private static void scalar(ScalarNode scalar, StringBuilder out) {
        if (Scalars.isNull(scalar)) {
            out.append("null");
        } else if (Scalars.isBoolean(scalar)) {
            out.append(Scalars.booleanValue(scalar));
        } else if (Scalars.isNumber(scalar)) {
            String number = Scalars.canonicalNumber(scalar);
            if (number.contains("inf") || number.contains("nan")) {
                string(number, out);
            } else {
                out.append(number);
            }
        } else {
            string(scalar.getValue(), out);
        }
    }

    /** Keys compare as their canonical text, so {@code 1.0:} and {@code 1:} are the same key. */
    private static String keyText(Node key) {
        if (key instanceof ScalarNode scalar) {
            return Scalars.isNumber(scalar) ? Scalars.canonicalNumber(scalar) : scalar.getValue();
        }
        return of(key);
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
