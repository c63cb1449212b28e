package dev.backtester.timescale.runs;

/** What kind of run a stored run is; stored as the lower-case text in {@code run_type}. */
public enum RunType {
    /** One backtest. */
    BACKTEST("backtest"),
    /** A walk-forward analysis; its windows are in {@code walkforward_results}. */
    WALK_FORWARD("walk_forward"),
    /** A Monte Carlo study. */
    MONTE_CARLO("monte_carlo"),
    /** A parameter optimization; its trials are in {@code optimization_trials}. */
    OPTIMIZATION("optimization");

    private final String sqlValue;

    RunType(String sqlValue) {
        this.sqlValue = sqlValue;
    }

    /** The value stored in the database. */
    public String sqlValue() {
        return sqlValue;
    }

    /**
     * The type stored as {@code value}.
     *
     * @throws IllegalArgumentException for a value no type has
     */
    public static RunType fromSql(String value) {
        for (RunType type : values()) {
            if (type.sqlValue.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown run type '" + value + "'");
    }
}
