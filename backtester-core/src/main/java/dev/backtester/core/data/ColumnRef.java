package dev.backtester.core.data;

import java.util.Objects;

/**
 * Where a value sits in a CSV row: a column name looked up in the header row, or a 0-based field index.
 *
 * <p>Named columns need a format whose header is {@link CsvFormat.Header#BY_NAME}; indexed columns work
 * with every header mode.
 */
public sealed interface ColumnRef permits ColumnRef.Named, ColumnRef.Indexed {

    /** The column whose header cell equals {@code name} (ignoring case and surrounding blanks). */
    static ColumnRef named(String name) {
        return new Named(name);
    }

    /** The field at 0-based {@code index} of every row. */
    static ColumnRef index(int index) {
        return new Indexed(index);
    }

    /** A column found by its header name. */
    record Named(String name) implements ColumnRef {
        /** @throws IllegalArgumentException if the name is blank */
        public Named {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("column name must not be blank");
            }
            name = name.strip();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A column found by its 0-based position in the row. */
    record Indexed(int index) implements ColumnRef {
        /** @throws IllegalArgumentException if the index is negative */
        public Indexed {
            if (index < 0) {
                throw new IllegalArgumentException("column index must not be negative: " + index);
            }
        }

        @Override
        public String toString() {
            return "#" + index;
        }
    }
}
