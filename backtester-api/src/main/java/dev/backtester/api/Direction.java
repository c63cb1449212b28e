package dev.backtester.api;

/** Side of a position or trade. */
public enum Direction {
    LONG(1), SHORT(-1);

    private final int sign;

    Direction(int sign) { this.sign = sign; }

    /** +1 for long, -1 for short. */
    public int sign() { return sign; }
}
