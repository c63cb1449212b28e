package dev.backtester.core.data;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a data source, located precisely enough to fix it in an editor.
 *
 * @param file    the file name (or other source name) the problem is in
 * @param line    1-based physical line number in the file; 0 when the problem concerns the whole file
 * @param column  the column as the format names it (header name, or {@code #index (Field)}); null when the
 *                problem concerns a whole line or the whole file
 * @param value   the offending text as it appears in the file; null when there is none (e.g. an empty file)
 * @param message what is wrong, e.g. {@code not a number}
 */
public record DataProblem(String file, int line, String column, String value, String message) implements Serializable {

    /** Longest value shown by {@link #toString()}; whole lines can be long and would drown the message. */
    private static final int MAX_SHOWN_VALUE = 120;

    /** @throws IllegalArgumentException if {@code line} is negative */
    public DataProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** A problem about the whole file (no line, column or value). */
    public static DataProblem ofFile(String file, String message) {
        return new DataProblem(file, 0, null, null, message);
    }

    /** Compiler-style text: {@code orcl.csv:17: column High: value 'abc': not a number}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append("column ").append(column).append(": ");
        }
        if (value != null) {
            text.append("value '").append(shortened(value)).append("': ");
        }
        return text.append(message).toString();
    }

    private static String shortened(String value) {
        return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE) + "...";
    }
}
