package dev.backtester.core.data;

import java.util.Objects;

/**
 * A data source failed validation. The message lists the problems (capped so that a file full of errors
 * does not produce a megabyte of log); {@link #report()} holds all of them.
 */
public class DataValidationException extends RuntimeException {

    /** Problems listed in the message; the rest are summarised as "... and N more". */
    static final int MAX_PROBLEMS_IN_MESSAGE = 50;

    private final ValidationReport report;

    /** Creates an exception whose message summarises {@code report}. */
    public DataValidationException(ValidationReport report) {
        super(Objects.requireNonNull(report, "report").summary(MAX_PROBLEMS_IN_MESSAGE));
        this.report = report;
    }

    /** The full report, with every problem. */
    public ValidationReport report() {
        return report;
    }
}
