package dev.backtester.timescale.prices;

import dev.backtester.api.data.BarSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Yahoo-style daily CSV files: header {@code Date,Open,High,Low,Close,Adj Close,Volume}, dates
 * {@code yyyy-MM-dd}. Dates are New York trading days and each bar ends at the 16:00 New York close,
 * the same convention as the core CSV reader's Yahoo preset, so bars from either read equal.
 *
 * <p>Every problem is collected with file, line and text before failing, not only the first.
 */
public final class YahooCsvReader {
    private static final String HEADER = "Date,Open,High,Low,Close,Adj Close,Volume";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    /** Reads {@code file} as the bars of {@code symbol}, adjusted closes included. */
    public PriceRows read(Path file, String symbol) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read price file " + file + ": " + e.getMessage(), e);
        }
        return parse(file.toString(), lines, symbol);
    }

    /**
     * Parses the lines of a file held in memory.
     *
     * @param source name used in error messages
     * @throws IllegalArgumentException listing every problem found
     */
    public PriceRows parse(String source, List<String> lines, String symbol) {
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !stripBom(lines.get(0)).trim().equals(HEADER)) {
            throw new IllegalArgumentException(source + ":1: expected header " + HEADER);
        }
        int capacity = lines.size();
        long[] times = new long[capacity];
        double[][] columns = new double[6][capacity];
        int n = 0;
        for (int lineNo = 2; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 7) {
                problems.add(source + ":" + lineNo + ": expected 7 fields, found " + fields.length + ": " + line);
                continue;
            }
            try {
                long time = LocalDate.parse(fields[0].trim()).atTime(CLOSE).atZone(NEW_YORK).toInstant().toEpochMilli();
                if (n > 0 && time <= times[n - 1]) {
                    problems.add(source + ":" + lineNo + ": date " + fields[0] + " is not after the previous row's");
                    continue;
                }
                for (int c = 0; c < 6; c++) {
                    columns[c][n] = Double.parseDouble(fields[c + 1].trim());
                }
                times[n++] = time;
            } catch (DateTimeParseException | NumberFormatException e) {
                problems.add(source + ":" + lineNo + ": cannot parse '" + line + "': " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problem(s) in " + source + ":\n"
                    + String.join("\n", problems));
        }
        if (n == 0) {
            throw new IllegalArgumentException(source + ": no bars after the header");
        }
        BarSeries series = new BarSeries(symbol, Arrays.copyOf(times, n), trim(columns[0], n),
                trim(columns[1], n), trim(columns[2], n), trim(columns[3], n), trim(columns[5], n));
        return new PriceRows(series, trim(columns[4], n));
    }

    private static double[] trim(double[] column, int n) {
        return Arrays.copyOf(column, n);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
