package dev.backtester.core.data;

import java.util.Objects;

/**
 * A problem with one bar found by {@link BarValidator}, located by bar index. Sources with more context
 * (a CSV file's line numbers) translate it into a {@link DataProblem}.
 *
 * @param bar         0-based index of the offending bar in the arrays that were checked
 * @param field       the part of the bar that is wrong
 * @param message     what is wrong, e.g. {@code below low 3.5}
 * @param previousBar for a time-order problem, the index of the earlier bar whose time this bar does not
 *                    exceed; -1 for every other problem
 */
public record BarIssue(int bar, BarField field, String message, int previousBar) {

    /** @throws IllegalArgumentException if {@code bar} is negative or {@code previousBar} is below -1 */
    public BarIssue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (bar < 0 || previousBar < -1) {
            throw new IllegalArgumentException("bad bar index: bar " + bar + ", previousBar " + previousBar);
        }
    }

    /** True for a duplicate or backwards bar time. */
    public boolean isTimeOrder() {
        return previousBar >= 0;
    }

    @Override
    public String toString() {
        String text = "bar " + bar + ": " + field + ": " + message;
        return isTimeOrder() ? text + " (previous bar " + previousBar + ")" : text;
    }
}
