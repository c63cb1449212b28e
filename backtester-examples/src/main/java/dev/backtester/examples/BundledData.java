package dev.backtester.examples;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The real daily bars bundled with the examples (Yahoo CSV, raw prices): {@code orcl}
 * (1995-2014), {@code nvda} (1999-2014) and {@code yhoo} (1996-2014).
 */
public final class BundledData {
    private static final Map<String, String> FILES = Map.of(
            "orcl", "ORCL.csv",
            "nvda", "NVDA.csv",
            "yhoo", "YHOO.csv");

    private BundledData() {
    }

    /** Loads a bundled file by its short name; the symbol is the name in upper case. */
    public static BarSeries load(String name) {
        String file = FILES.get(name.toLowerCase(Locale.ROOT));
        if (file == null) {
            throw new IllegalArgumentException("no bundled data named '" + name + "'; choose one of " + FILES.keySet());
        }
        try (InputStream in = BundledData.class.getResourceAsStream("/data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource /data/" + file + " is missing from the class path");
            }
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new CsvBarReader(CsvFormat.yahoo()).parse(file, content, name.toUpperCase(Locale.ROOT)).series();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data " + file, e);
        }
    }
}
