package dev.backtester.core.universe;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period in which a symbol belonged to a universe, both ends inclusive.
 *
 * @param symbol the symbol
 * @param from   first day of membership, or null when it was a member from the start of the data
 * @param to     last day of membership, or null when it still is a member
 */
public record Membership(String symbol, LocalDate from, LocalDate to) {

    /** @throws IllegalArgumentException if the symbol is blank or {@code from} is after {@code to} */
    public Membership {
        Objects.requireNonNull(symbol, "symbol");
        if (symbol.isBlank()) {
            throw new IllegalArgumentException("membership symbol must not be blank");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("membership of " + symbol + " starts " + from + " after it ends " + to);
        }
    }

    /** True when {@code date} is within the period. */
    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** True when this period and {@code other} share a day. */
    public boolean overlaps(Membership other) {
        boolean otherEndsBefore = other.to != null && from != null && other.to.isBefore(from);
        boolean otherStartsAfter = other.from != null && to != null && other.from.isAfter(to);
        return !otherEndsBefore && !otherStartsAfter;
    }
}
