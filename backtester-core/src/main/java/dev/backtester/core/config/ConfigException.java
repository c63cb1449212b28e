package dev.backtester.core.config;

import java.util.List;

/** A configuration could not be used; {@link #errors()} lists every problem found, not only the first. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems, in the order they appear in the file. */
    private final transient List<ConfigError> errors;

    /** Creates an exception listing {@code errors} (at least one) in its message. */
    public ConfigException(List<ConfigError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    /** Every problem found, in file order. */
    public List<ConfigError> errors() {
        return errors;
    }

    private static String message(List<ConfigError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one error");
        }
        StringBuilder text = new StringBuilder();
        text.append(errors.size() == 1 ? "1 problem" : errors.size() + " problems").append(" in ")
                .append(errors.get(0).source()).append(':');
        for (ConfigError error : errors) {
            text.append("\n  ").append(error);
        }
        return text.toString();
    }
}
