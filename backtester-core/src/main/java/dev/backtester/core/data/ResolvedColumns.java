package dev.backtester.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CsvColumns} mapping turned into field indexes for one file, looking named columns up in its
 * header row, plus the label each column has in problem reports.
 */
final class ResolvedColumns {

    static final int DATE = 0;
    static final int TIME = 1;
    static final int OPEN = 2;
    static final int HIGH = 3;
    static final int LOW = 4;
    static final int CLOSE = 5;
    static final int VOLUME = 6;
    /** Optional: read when a header read by name has it, never reported missing. */
    static final int ADJ_CLOSE = 7;
    private static final String[] NAMES = {"Date", "Time", "Open", "High", "Low", "Close", "Volume", "Adj Close"};

    /** Field index per slot; -1 for an absent time or volume column. */
    private final int[] indexes = new int[NAMES.length];
    private final String[] labels = new String[NAMES.length];
    private final List<String> missing = new ArrayList<>();
    private final List<String> ambiguous = new ArrayList<>();
    private int requiredFields;

    /**
     * Resolves {@code columns}; {@code header} holds the header row's fields, or is null when the header is
     * not read (then no column may be named).
     */
    ResolvedColumns(CsvColumns columns, LineFields header) {
        ColumnRef[] refs = {columns.date(), columns.time(), columns.open(), columns.high(), columns.low(),
                columns.close(), columns.volume()};
        for (int slot = 0; slot < refs.length; slot++) {
            indexes[slot] = resolve(refs[slot], header);
            labels[slot] = label(refs[slot], NAMES[slot]);
            requiredFields = Math.max(requiredFields, indexes[slot] + 1);
        }
        indexes[ADJ_CLOSE] = header == null ? -1 : optional(NAMES[ADJ_CLOSE], header);
        labels[ADJ_CLOSE] = NAMES[ADJ_CLOSE];
    }

    /** Index of the one header field named {@code name}, -1 when there is none or more than one. */
    private static int optional(String name, LineFields header) {
        int found = -1;
        for (int i = 0; i < header.count(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** True when every named column was found exactly once in the header. */
    boolean isComplete() {
        return missing.isEmpty() && ambiguous.isEmpty();
    }

    /** Named columns the header lacks. */
    List<String> missing() {
        return missing;
    }

    /** Named columns the header has more than once. */
    List<String> ambiguous() {
        return ambiguous;
    }

    /** Field index of {@code slot}, -1 when the format has no such column. */
    int index(int slot) {
        return indexes[slot];
    }

    /** How problems name the column of {@code slot}: its header name, or {@code #4 (High)}. */
    String label(int slot) {
        return labels[slot];
    }

    /** Fewest fields a row needs to hold every mapped column. */
    int requiredFields() {
        return requiredFields;
    }

    private int resolve(ColumnRef ref, LineFields header) {
        if (ref == null) {
            return -1;
        }
        if (ref instanceof ColumnRef.Indexed indexed) {
            return indexed.index();
        }
        String wanted = ((ColumnRef.Named) ref).name();
        int found = -1;
        for (int i = 0; i < header.count(); i++) {
            if (header.get(i).equalsIgnoreCase(wanted)) {
                if (found >= 0) {
                    ambiguous.add(wanted);
                    return -1;
                }
                found = i;
            }
        }
        if (found < 0) {
            missing.add(wanted);
        }
        return found;
    }

    private static String label(ColumnRef ref, String name) {
        if (ref == null) {
            return name;
        }
        return ref instanceof ColumnRef.Named named ? named.name() : "#" + ((ColumnRef.Indexed) ref).index() + " (" + name + ")";
    }
}
