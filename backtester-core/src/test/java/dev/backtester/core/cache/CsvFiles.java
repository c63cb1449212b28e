package dev.backtester.core.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/** Writes small daily CSV files in the generic layout for cache tests. */
final class CsvFiles {
    private CsvFiles() {
    }

    /** {@code days} random daily bars from 2020-01-01, reproducible from {@code seed}. */
    static Path write(Path file, long seed, int days) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        double price = 50 + random.nextInt(50);
        LocalDate date = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < days; i++) {
            double open = price;
            double close = Math.max(1, price + random.nextInt(200) / 100.0 - 1);
            csv.append(date.plusDays(i)).append(',')
                    .append(String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f,%d\n", open, Math.max(open, close) + 0.5,
                            Math.min(open, close) - 0.25, close, 1000 + random.nextInt(9000)));
            price = close;
        }
        Files.writeString(file, csv);
        return file;
    }
}
