package dev.backtester.core.data;

import java.util.Arrays;

/**
 * The fields of one line of text, as offsets into the text: no substring is made until a value is needed,
 * and the offset arrays are reused from line to line. Not thread-safe; one instance per parse.
 */
final class LineFields {

    private String text = "";
    private int count;
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    /**
     * Splits {@code text[lineStart, lineEnd)} at every {@code delimiter}; each field is trimmed of spaces
     * and tabs (unless the delimiter is one of them).
     */
    void split(String text, int lineStart, int lineEnd, char delimiter) {
        this.text = text;
        count = 0;
        int fieldStart = lineStart;
        for (int i = lineStart; i <= lineEnd; i++) {
            if (i == lineEnd || text.charAt(i) == delimiter) {
                add(fieldStart, i);
                fieldStart = i + 1;
            }
        }
    }

    /** Number of fields on the line; an empty line has one empty field. */
    int count() {
        return count;
    }

    /** Start offset of field {@code i} in the text. */
    int start(int i) {
        return starts[i];
    }

    /** End offset (exclusive) of field {@code i} in the text. */
    int end(int i) {
        return ends[i];
    }

    /** Field {@code i} as a string. */
    String get(int i) {
        return text.substring(starts[i], ends[i]);
    }

    private void add(int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
