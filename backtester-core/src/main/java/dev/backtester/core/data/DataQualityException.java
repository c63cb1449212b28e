package dev.backtester.core.data;

import java.util.Objects;

/**
 * A series failed validation under {@link QualityPolicy#FAIL} (or had a bar outside the sessions under
 * {@code OutOfSessionPolicy.FAIL}). The message lists the findings, capped; {@link #report()} has all.
 */
public class DataQualityException extends RuntimeException {

    /** Findings listed in the message; the rest are summarised as "... and N more". */
    static final int MAX_FINDINGS_IN_MESSAGE = 50;

    private final QualityReport report;

    /** An exception whose message summarises {@code report}. */
    public DataQualityException(QualityReport report) {
        super(Objects.requireNonNull(report, "report").summary(MAX_FINDINGS_IN_MESSAGE));
        this.report = report;
    }

    /** The full report. */
    public QualityReport report() {
        return report;
    }
}
