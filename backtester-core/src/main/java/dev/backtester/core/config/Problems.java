package dev.backtester.core.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file so that all are reported together. */
final class Problems {
    private final String source;
    private final List<ConfigError> errors = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    /** Records a problem at {@code node}'s position (the document start when null). */
    void add(String path, Node node, String message) {
        Mark mark = node == null ? null : node.getStartMark();
        add(path, mark, message);
    }

    void add(String path, Mark mark, String message) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        errors.add(new ConfigError(source, path, line, column, message));
    }

    int count() {
        return errors.size();
    }

    /** Throws a {@link ConfigException} with every problem in file order, if there is any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            List<ConfigError> sorted = new ArrayList<>(errors);
            // stable sort: problems found on one line keep the order they were found in
            sorted.sort(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
            throw new ConfigException(sorted);
        }
    }
}
