package dev.backtester.benchmarks.engine;

import dev.backtester.api.data.BarSeries;
import dev.backtester.core.data.CsvBarReader;
import dev.backtester.core.data.CsvFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The ORCL daily file bundled with the benchmarks (5036 bars). */
public final class BundledData {
    private BundledData() {
    }

    /** The 5036 daily bars of ORCL, 1995 to 2014. */
    public static BarSeries orcl() {
        try (InputStream in = BundledData.class.getResourceAsStream("/data/orcl-1995-2014.csv")) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new CsvBarReader(CsvFormat.yahoo()).parse("orcl-1995-2014.csv", content, "ORCL").series();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
