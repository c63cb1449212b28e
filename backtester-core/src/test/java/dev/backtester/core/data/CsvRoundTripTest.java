package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backtester.api.data.BarSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Any valid series written as CSV (in a random layout) and read back with the matching format is the
 * same series: every time, every double bit for bit.
 */
class CsvRoundTripTest {

    private static final long DAY = 86_400_000L;

    /** How the written file encodes bar times. */
    enum TimeLayout { EPOCH_MILLIS, EPOCH_SECONDS, DATE_TIME_COLUMN, DATE_AND_TIME_COLUMNS, DATE_ONLY }

    /** One bar before placement in time: prices derived so that low <= open, close <= high. */
    record BarSpec(double low, double rangeFactor, double openFraction, double closeFraction, double volume, int gap) {
    }

    @Property(tries = 300)
    void writtenSeriesReadsBackEqual(@ForAll TimeLayout layout, @ForAll("bars") List<BarSpec> specs,
                                     @ForAll @LongRange(min = 0, max = 1_800_000_000_000L) long start,
                                     @ForAll("columnOrders") List<String> columnOrder, @ForAll("delimiters") char delimiter,
                                     @ForAll boolean crlf, @ForAll boolean offsetZone) throws IOException {
        ZoneId zone = offsetZone ? ZoneOffset.ofHoursMinutes(5, 30) : ZoneOffset.UTC;
        BarSeries series = series(specs, layout, start, zone);
        List<String> columns = new ArrayList<>(columnOrder);
        if (layout != TimeLayout.DATE_AND_TIME_COLUMNS) {
            columns.remove("Time");
        }
        String csv = toCsv(series, layout, zone, columns, delimiter, crlf ? "\r\n" : "\n");
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            BarSeries read = new CsvBarReader(format(layout, zone, delimiter)).read(file, "RT");
            assertEquals(series, read);
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<BarSpec>> bars() {
        Arbitrary<Double> low = Arbitraries.oneOf(
                // prices as exchanges quote them
                Arbitraries.doubles().between(0.01, 10_000).ofScale(2),
                // any double from 1e-4 to 1e6, all 17 significant digits, some written with an exponent
                Arbitraries.randomValue(random -> Math.pow(10, -4 + 10 * random.nextDouble())));
        Arbitrary<Double> rangeFactor = Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.randomValue(random -> random.nextDouble()));
        Arbitrary<Double> fraction = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0),
                Arbitraries.randomValue(random -> random.nextDouble()));
        Arbitrary<Double> volume = Arbitraries.oneOf(Arbitraries.just(0.0),
                Arbitraries.longs().between(0, 1_000_000_000_000L).map(Long::doubleValue),
                Arbitraries.randomValue(random -> random.nextDouble() * 1e9));
        Arbitrary<BarSpec> bar = Combinators.combine(low, rangeFactor, fraction, fraction, volume,
                Arbitraries.integers().between(1, 1_000_000)).as(BarSpec::new);
        return bar.list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<String>> columnOrders() {
        return Arbitraries.shuffle("Date", "Time", "Open", "High", "Low", "Close", "Volume");
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    private static BarSeries series(List<BarSpec> specs, TimeLayout layout, long start, ZoneId zone) {
        int n = specs.size();
        long[] times = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        long tick = layout == TimeLayout.DATE_ONLY ? start / DAY : start / unit(layout);
        for (int i = 0; i < n; i++) {
            BarSpec spec = specs.get(i);
            // daily gaps stay within a month so forty bars stay within a few years
            tick += layout == TimeLayout.DATE_ONLY ? 1 + spec.gap() % 30 : spec.gap();
            times[i] = layout == TimeLayout.DATE_ONLY
                    ? LocalDate.ofEpochDay(tick).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()
                    : tick * unit(layout);
            double range = spec.low() * spec.rangeFactor();
            low[i] = spec.low();
            high[i] = spec.low() + range;
            open[i] = within(low[i] + spec.openFraction() * range, low[i], high[i]);
            close[i] = within(low[i] + spec.closeFraction() * range, low[i], high[i]);
            volume[i] = spec.volume();
        }
        return new BarSeries("RT", times, open, high, low, close, volume);
    }

    private static long unit(TimeLayout layout) {
        return layout == TimeLayout.EPOCH_SECONDS ? 1000 : 1;
    }

    private static double within(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static CsvFormat format(TimeLayout layout, ZoneId zone, char delimiter) {
        CsvFormat base = CsvFormat.generic().withDelimiter(delimiter).withZone(zone);
        ColumnRef date = ColumnRef.named("Date");
        return switch (layout) {
            case EPOCH_MILLIS -> base.withEpochMillis(date);
            case EPOCH_SECONDS -> base.withEpochSeconds(date);
            case DATE_TIME_COLUMN -> base.withDateColumn(date, "yyyy-MM-dd HH:mm:ss.SSS");
            case DATE_AND_TIME_COLUMNS -> base.withDateColumn(date, "dd.MM.yyyy")
                    .withTimeColumn(ColumnRef.named("Time"), "HH:mm:ss.SSS");
            case DATE_ONLY -> base;
        };
    }

    /** Writes the series the way a foreign tool would, independently of the reader's code. */
    private static String toCsv(BarSeries series, TimeLayout layout, ZoneId zone, List<String> columns,
                                char delimiter, String newline) {
        StringBuilder csv = new StringBuilder(String.join(String.valueOf(delimiter), columns)).append(newline);
        for (int i = 0; i < series.size(); i++) {
            Map<String, String> cells = new HashMap<>();
            Instant end = Instant.ofEpochMilli(series.time(i));
            switch (layout) {
                case EPOCH_MILLIS -> cells.put("Date", Long.toString(series.time(i)));
                case EPOCH_SECONDS -> cells.put("Date", Long.toString(series.time(i) / 1000));
                case DATE_TIME_COLUMN -> cells.put("Date", pattern("yyyy-MM-dd HH:mm:ss.SSS", zone).format(end));
                case DATE_AND_TIME_COLUMNS -> {
                    cells.put("Date", pattern("dd.MM.yyyy", zone).format(end));
                    cells.put("Time", pattern("HH:mm:ss.SSS", zone).format(end));
                }
                // a daily bar is labelled with the day it covers, which ends at the next midnight
                case DATE_ONLY -> cells.put("Date", end.atZone(zone).toLocalDate().minusDays(1).toString());
            }
            cells.put("Open", Double.toString(series.open(i)));
            cells.put("High", Double.toString(series.high(i)));
            cells.put("Low", Double.toString(series.low(i)));
            cells.put("Close", Double.toString(series.close(i)));
            cells.put("Volume", Double.toString(series.volume(i)));
            List<String> row = columns.stream().map(cells::get).toList();
            csv.append(String.join(String.valueOf(delimiter), row)).append(newline);
        }
        return csv.toString();
    }

    private static DateTimeFormatter pattern(String pattern, ZoneId zone) {
        return DateTimeFormatter.ofPattern(pattern).withZone(zone);
    }
}
