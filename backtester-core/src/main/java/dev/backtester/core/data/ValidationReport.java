package dev.backtester.core.data;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Every problem found while loading one source, in file order.
 *
 * @param source   the source that was checked, e.g. the path of a CSV file
 * @param problems all problems found, never only the first
 */
public record ValidationReport(String source, List<DataProblem> problems) implements Serializable {

    public ValidationReport {
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
    }

    /** A report without problems. */
    public static ValidationReport clean(String source) {
        return new ValidationReport(source, List.of());
    }

    /** True when no problem was found. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** A multi-line summary listing every problem, one per line. */
    public String summary() {
        return summary(Integer.MAX_VALUE);
    }

    /**
     * A multi-line summary: a headline, then at most {@code maxProblems} problems one per line, then
     * {@code ... and N more} when some were left out.
     */
    public String summary(int maxProblems) {
        if (maxProblems < 0) {
            throw new IllegalArgumentException("maxProblems must not be negative: " + maxProblems);
        }
        if (isClean()) {
            return source + ": no problems";
        }
        StringBuilder text = new StringBuilder()
                .append(problems.size()).append(problems.size() == 1 ? " problem in " : " problems in ")
                .append(source).append(':');
        int shown = Math.min(maxProblems, problems.size());
        for (int i = 0; i < shown; i++) {
            text.append(System.lineSeparator()).append("  ").append(problems.get(i));
        }
        if (shown < problems.size()) {
            text.append(System.lineSeparator()).append("  ... and ").append(problems.size() - shown).append(" more");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
