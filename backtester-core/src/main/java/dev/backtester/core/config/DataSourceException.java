package dev.backtester.core.config;

/**
 * The data a configuration asks for cannot be had: the path does not exist, a symbol has no
 * file, no bar falls between the dates, or the bars are not the configured interval apart. The
 * message names the configuration key (and line) to change.
 */
public class DataSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message naming what is wrong and where. */
    public DataSourceException(String message) {
        super(message);
    }
}
