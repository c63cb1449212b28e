package dev.backtester.timescale.runs;

/** Where a stored run is in its life; stored as the lower-case text in {@code status}. */
public enum RunStatus {
    /** Started with {@link RunRepository#start}, not yet completed or failed. */
    RUNNING("running"),
    /** Completed: trades, equity curve and metrics are stored. */
    COMPLETED("completed"),
    /** Failed: {@code error_message} says why; no trades are stored. */
    FAILED("failed");

    private final String sqlValue;

    RunStatus(String sqlValue) {
        this.sqlValue = sqlValue;
    }

    /** The value stored in the database. */
    public String sqlValue() {
        return sqlValue;
    }

    /**
     * The status stored as {@code value}.
     *
     * @throws IllegalArgumentException for a value no status has
     */
    public static RunStatus fromSql(String value) {
        for (RunStatus status : values()) {
            if (status.sqlValue.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown run status '" + value + "'");
    }
}
