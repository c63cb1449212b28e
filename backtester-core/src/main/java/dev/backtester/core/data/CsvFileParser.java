package dev.backtester.core.data;

import static dev.backtester.core.data.ResolvedColumns.CLOSE;
import static dev.backtester.core.data.ResolvedColumns.DATE;
import static dev.backtester.core.data.ResolvedColumns.HIGH;
import static dev.backtester.core.data.ResolvedColumns.LOW;
import static dev.backtester.core.data.ResolvedColumns.OPEN;
import static dev.backtester.core.data.ResolvedColumns.TIME;
import static dev.backtester.core.data.ResolvedColumns.ADJ_CLOSE;
import static dev.backtester.core.data.ResolvedColumns.VOLUME;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass over the text of one CSV file: splits lines, reads the header, parses every data row into a
 * {@link BarBuffer}, checks the bars with {@link BarValidator}, and records every problem with its line,
 * column and offending text. Rows with any problem are marked rejected; nothing is thrown for bad data.
 * Not thread-safe; one instance per file.
 */
final class CsvFileParser {

    /** What one pass found. */
    record Result(BarBuffer rows, boolean[] rejected, List<DataProblem> problems, boolean fatal) {
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** A guess at the average line length, to size the buffers once for typical files. */
    private static final int TYPICAL_LINE_LENGTH = 48;

    private final String file;
    private final CsvFormat format;
    private final String text;
    private final LineFields fields = new LineFields();
    private final TimestampParser timestamps;
    private final BarBuffer rows;
    private final List<DataProblem> problems = new ArrayList<>();
    private ResolvedColumns columns;
    private boolean fatal;
    private int expectedFields = -1;
    private int expectedFieldsLine;
    private int dataLines;
    private boolean rowFailed;

    /**
     * @param file   the file name problems are reported with
     * @param format the layout of the file
     * @param text   the whole file content
     */
    CsvFileParser(String file, CsvFormat format, String text) {
        this.file = file;
        this.format = format;
        this.text = text;
        this.timestamps = new TimestampParser(format.timestamp());
        this.rows = new BarBuffer(text.length() / TYPICAL_LINE_LENGTH);
    }

    Result parse() {
        readLines();
        if (!fatal) {
            checkFileHasData();
        }
        boolean[] rejected = new boolean[rows.size()];
        if (!fatal) {
            checkBars(rejected);
        }
        problems.sort(Comparator.comparingInt(DataProblem::line));
        return new Result(rows, rejected, problems, fatal);
    }

    private void readLines() {
        boolean headerPending = format.header() != CsvFormat.Header.NONE;
        if (!headerPending) {
            columns = new ResolvedColumns(format.columns(), null);
        }
        int pos = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        int lineNumber = 0;
        while (pos < text.length() && !fatal) {
            int newline = text.indexOf('\n', pos);
            int next = newline < 0 ? text.length() : newline + 1;
            int end = newline < 0 ? text.length() : newline;
            if (end > pos && text.charAt(end - 1) == '\r') {
                end--;
            }
            lineNumber++;
            // blank lines carry no data; skipping them (trailing ones above all) cannot shift any value
            if (!isBlank(pos, end)) {
                if (headerPending) {
                    readHeader(lineNumber, pos, end);
                    headerPending = false;
                } else {
                    dataLines++;
                    readRow(lineNumber, pos, end);
                }
            }
            pos = next;
        }
        if (columns == null && !fatal) {
            fatal(DataProblem.ofFile(file, "file is empty"));
        }
    }

    private void readHeader(int lineNumber, int start, int end) {
        if (format.header() == CsvFormat.Header.SKIP) {
            columns = new ResolvedColumns(format.columns(), null);
            return;
        }
        fields.split(text, start, end, format.delimiter());
        columns = new ResolvedColumns(format.columns(), fields);
        String headerLine = text.substring(start, end);
        if (!columns.missing().isEmpty()) {
            fatal(new DataProblem(file, lineNumber, String.join(", ", columns.missing()), headerLine,
                    "missing in the header"));
        }
        if (!columns.ambiguous().isEmpty()) {
            fatal(new DataProblem(file, lineNumber, String.join(", ", columns.ambiguous()), headerLine,
                    "appears more than once in the header"));
        }
        if (columns.isComplete() && columns.requiredFields() > fields.count()) {
            fatal(new DataProblem(file, lineNumber, null, headerLine, "header has " + fields.count()
                    + " fields but the format reads field #" + (columns.requiredFields() - 1)));
        }
        expectedFields = fields.count();
        expectedFieldsLine = lineNumber;
    }

    private void readRow(int lineNumber, int start, int end) {
        fields.split(text, start, end, format.delimiter());
        if (!hasExpectedFieldCount(lineNumber, start, end)) {
            return;
        }
        rowFailed = false;
        long time = time(lineNumber);
        double open = number(lineNumber, OPEN);
        double high = number(lineNumber, HIGH);
        double low = number(lineNumber, LOW);
        double close = number(lineNumber, CLOSE);
        double volume = columns.index(VOLUME) < 0 ? 0 : number(lineNumber, VOLUME);
        double adjusted = columns.index(ADJ_CLOSE) < 0 ? Double.NaN : number(lineNumber, ADJ_CLOSE);
        if (!rowFailed) {
            rows.add(time, open, high, low, close, volume, adjusted, lineNumber, start, end);
        }
    }

    private boolean hasExpectedFieldCount(int lineNumber, int start, int end) {
        int count = fields.count();
        if (expectedFields < 0) {
            if (count < columns.requiredFields()) {
                problems.add(new DataProblem(file, lineNumber, null, text.substring(start, end),
                        "expected at least " + columns.requiredFields() + " fields, found " + count));
                return false;
            }
            // without a header read by name, the first complete row sets the field count for the rest
            expectedFields = count;
            expectedFieldsLine = lineNumber;
            return true;
        }
        if (count != expectedFields) {
            problems.add(new DataProblem(file, lineNumber, null, text.substring(start, end),
                    "expected " + expectedFields + " fields as on line " + expectedFieldsLine + ", found " + count));
            return false;
        }
        return true;
    }

    private long time(int lineNumber) {
        String dateText = fields.get(columns.index(DATE));
        String timeText = columns.index(TIME) < 0 ? null : fields.get(columns.index(TIME));
        try {
            return timestamps.parse(dateText, timeText, rows.lastTime());
        } catch (TimestampParser.TimestampException e) {
            boolean inDate = e.part() == TimestampParser.Part.DATE;
            problems.add(new DataProblem(file, lineNumber, columns.label(inDate ? DATE : TIME),
                    inDate ? dateText : timeText, e.getMessage()));
            rowFailed = true;
            return 0;
        }
    }

    private double number(int lineNumber, int slot) {
        int field = columns.index(slot);
        try {
            return DecimalParser.parse(text, fields.start(field), fields.end(field));
        } catch (NumberFormatException e) {
            problems.add(new DataProblem(file, lineNumber, columns.label(slot), fields.get(field), "not a number"));
            rowFailed = true;
            return 0;
        }
    }

    private void checkFileHasData() {
        if (dataLines == 0) {
            fatal(DataProblem.ofFile(file, "no data rows after the header"));
        }
    }

    /** Runs the bar rules over the parsed rows and turns each issue into a located problem. */
    private void checkBars(boolean[] rejected) {
        List<BarIssue> issues = rows.validate();
        for (BarIssue issue : issues) {
            rejected[issue.bar()] = true;
            problems.add(toProblem(issue));
        }
        if (allRejected(rejected)) {
            fatal(DataProblem.ofFile(file, "no valid row among the " + dataLines + " data rows"));
        }
    }

    private DataProblem toProblem(BarIssue issue) {
        int bar = issue.bar();
        int line = rows.line(bar);
        if (!issue.isTimeOrder()) {
            int slot = slotOf(issue.field());
            return new DataProblem(file, line, columns.label(slot), rawField(bar, slot), issue.message());
        }
        String column = columns.index(TIME) < 0 ? columns.label(DATE) : columns.label(DATE) + "+" + columns.label(TIME);
        return new DataProblem(file, line, column, rawTime(bar),
                issue.message() + ": line " + rows.line(issue.previousBar()) + " has '" + rawTime(issue.previousBar()) + "'");
    }

    private String rawField(int bar, int slot) {
        fields.split(text, rows.lineStart(bar), rows.lineEnd(bar), format.delimiter());
        return fields.get(columns.index(slot));
    }

    private String rawTime(int bar) {
        String date = rawField(bar, DATE);
        return columns.index(TIME) < 0 ? date : date + " " + rawField(bar, TIME);
    }

    private static int slotOf(BarField field) {
        return switch (field) {
            case TIME -> DATE;
            case OPEN -> OPEN;
            case HIGH -> HIGH;
            case LOW -> LOW;
            case CLOSE -> CLOSE;
            case VOLUME -> VOLUME;
        };
    }

    private static boolean allRejected(boolean[] rejected) {
        for (boolean r : rejected) {
            if (!r) {
                return false;
            }
        }
        return true;
    }

    private void fatal(DataProblem problem) {
        problems.add(problem);
        fatal = true;
    }

    private boolean isBlank(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
