package dev.backtester.core.universe;

import java.util.List;

/** A universe file could not be read; the message lists every problem as {@code file:line: what}. */
public class UniverseFormatException extends IllegalArgumentException {

    private final List<String> problems;

    /** An exception listing {@code problems}, each already located as {@code file:line: what}. */
    public UniverseFormatException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in universe file:"
                + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, as {@code file:line: what}. */
    public List<String> problems() {
        return problems;
    }
}
