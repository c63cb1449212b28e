package dev.backtester.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Test-only loader of the ORCL daily bars 1995-2014 (Date,Open,High,Low,Close,Adj Close,Volume). */
public final class OrclData {

    private static final Bars BARS = load();

    private OrclData() {
    }

    /** @return the 5036 daily bars; times are the UTC midnight that ends each trading day */
    public static Bars bars() {
        return BARS;
    }

    private static Bars load() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = OrclData.class.getResourceAsStream("/data/orcl-1995-2014.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        long[] time = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            time[i] = LocalDate.parse(r[0]).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            open[i] = Double.parseDouble(r[1]);
            high[i] = Double.parseDouble(r[2]);
            low[i] = Double.parseDouble(r[3]);
            close[i] = Double.parseDouble(r[4]);
            volume[i] = Double.parseDouble(r[6]);
        }
        return new Bars(time, open, high, low, close, volume);
    }
}
