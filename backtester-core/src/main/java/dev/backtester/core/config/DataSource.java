package dev.backtester.core.config;

import dev.backtester.core.data.CsvFormat;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the bars come from: a CSV file (one symbol) or a directory of CSV files (one per symbol).
 *
 * @param path   the file or directory
 * @param format a format name: {@code yahoo}, {@code generic} or {@code date_time_columns}
 * @param zone   overrides the format's time zone when present
 */
public record DataSource(Path path, String format, Optional<ZoneId> zone) {
    /** The format names {@link #csvFormat()} knows. */
    public static final List<String> FORMATS = List.of("yahoo", "generic", "date_time_columns");

    public DataSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(zone, "zone");
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown data format '" + format + "'; known: " + String.join(", ", FORMATS));
        }
    }

    /** The CSV layout the format name stands for, with the zone override applied. */
    public CsvFormat csvFormat() {
        CsvFormat csv = switch (format) {
            case "yahoo" -> CsvFormat.yahoo();
            case "generic" -> CsvFormat.generic();
            default -> CsvFormat.dateTimeColumns();
        };
        return zone.map(csv::withZone).orElse(csv);
    }
}
