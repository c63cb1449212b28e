package dev.backtester.benchmarks.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/** Writes reproducible daily CSV files ({@code Date,Open,High,Low,Close,Volume}, weekdays from 2010-01-04). */
final class SyntheticCsv {
    /** Ten years of weekday bars. */
    static final int TEN_YEARS = 2520;

    private SyntheticCsv() {
    }

    /** Writes {@code symbols} files of {@code bars} daily bars each into {@code directory}; returns the symbols. */
    static List<String> writeDaily(Path directory, int symbols, int bars) {
        List<String> names = new ArrayList<>();
        for (int s = 0; s < symbols; s++) {
            String symbol = String.format(Locale.ROOT, "SYM%03d", s);
            writeOne(directory.resolve(symbol + ".csv"), s, bars);
            names.add(symbol);
        }
        return names;
    }

    private static void writeOne(Path file, long seed, int bars) {
        Random random = new Random(seed);
        double price = 20 + random.nextInt(200);
        LocalDate date = LocalDate.of(2010, 1, 4);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Date,Open,High,Low,Close,Volume\n");
            for (int i = 0; i < bars; i++) {
                double open = price * (1 + random.nextGaussian() * 0.005);
                double close = open * (1 + random.nextGaussian() * 0.015);
                double high = Math.max(open, close) * (1 + random.nextDouble() * 0.01);
                double low = Math.min(open, close) * (1 - random.nextDouble() * 0.01);
                out.write(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%d%n", date, open, high, low, close,
                        100_000 + random.nextInt(5_000_000)));
                price = close;
                date = date.plusDays(date.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code directory} and everything in it. */
    static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
