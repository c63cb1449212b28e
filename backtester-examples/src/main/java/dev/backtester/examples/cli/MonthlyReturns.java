package dev.backtester.examples.cli;

import dev.backtester.api.result.EquityCurve;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Returns per calendar month and year from an equity curve: the month's last equity over the
 * previous month's last equity (the initial capital before the first month), minus one.
 *
 * @param byYear per year, 13 values: January..December, then the whole year; NaN where the curve
 *               has no point in that month
 */
record MonthlyReturns(SortedMap<Integer, double[]> byYear) {

    MonthlyReturns {
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }

    /** The returns of {@code curve}, with months taken in {@code zone} (the exchange's). */
    static MonthlyReturns of(EquityCurve curve, double initialCapital, ZoneId zone) {
        SortedMap<Integer, double[]> years = new TreeMap<>();
        double monthBase = initialCapital;
        double yearBase = initialCapital;
        for (int i = 0; i < curve.size(); i++) {
            LocalDate date = dateOf(curve.time(i), zone);
            boolean lastOfMonth = i == curve.size() - 1 || !sameMonth(date, dateOf(curve.time(i + 1), zone));
            if (!lastOfMonth) {
                continue;
            }
            double[] row = years.computeIfAbsent(date.getYear(), y -> {
                double[] empty = new double[13];
                Arrays.fill(empty, Double.NaN);
                return empty;
            });
            double equity = curve.equity(i);
            row[date.getMonthValue() - 1] = equity / monthBase - 1;
            monthBase = equity;
            boolean lastOfYear = i == curve.size() - 1 || dateOf(curve.time(i + 1), zone).getYear() != date.getYear();
            if (lastOfYear) {
                row[12] = equity / yearBase - 1;
                yearBase = equity;
            }
        }
        return new MonthlyReturns(years);
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
    }

    /** The trading date of a bar: the date of the last millisecond it covers (bar times are bar ends). */
    static LocalDate dateOf(long barEndMillis, ZoneId zone) {
        return Instant.ofEpochMilli(barEndMillis - 1).atZone(zone).toLocalDate();
    }
}
