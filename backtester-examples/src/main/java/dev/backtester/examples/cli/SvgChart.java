package dev.backtester.examples.cli;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A line chart as inline SVG: one polyline point per value, placed by time, with value grid lines
 * and year labels. Inline SVG needs no script and no network, so the report opens anywhere.
 */
final class SvgChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 260;
    private static final int LEFT = 80;
    private static final int RIGHT = 15;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    private static final int VALUE_LINES = 5;
    private static final int MAX_YEAR_LABELS = 12;

    private SvgChart() {
    }

    /**
     * @param id     id of the polyline, for styling and tests
     * @param times  bar-end times, UTC epoch ms, increasing
     * @param values one value per time
     * @param color  stroke colour
     * @param label  formats a value for the axis
     */
    static String of(String id, long[] times, double[] values, String color, ZoneId zone, DoubleFunction<String> label) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            // a flat line still needs a visible band around it
            double pad = Math.abs(min) > 0 ? Math.abs(min) * 0.01 : 1;
            min -= pad;
            max += pad;
        }
        long first = times[0];
        long span = Math.max(1, times[times.length - 1] - first);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(id).append("\">\n");
        for (int k = 0; k <= VALUE_LINES; k++) {
            double value = min + (max - min) * k / VALUE_LINES;
            double y = TOP + plotHeight * (1 - (double) k / VALUE_LINES);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, y + 4, Html.escape(label.apply(value))));
        }
        yearLabels(svg, times, zone, first, span, plotWidth);
        svg.append("<polyline id=\"").append(id).append("\" fill=\"none\" stroke=\"").append(color)
                .append("\" stroke-width=\"1.2\" points=\"");
        for (int i = 0; i < values.length; i++) {
            double x = LEFT + plotWidth * (times[i] - first) / span;
            double y = TOP + plotHeight * (max - values[i]) / (max - min);
            if (i > 0) {
                svg.append(' ');
            }
            svg.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        svg.append("\"/>\n</svg>\n");
        return svg.toString();
    }

    private static void yearLabels(StringBuilder svg, long[] times, ZoneId zone, long first, long span, double plotWidth) {
        int firstYear = MonthlyReturns.dateOf(times[0], zone).getYear();
        int lastYear = MonthlyReturns.dateOf(times[times.length - 1], zone).getYear();
        int step = Math.max(1, (lastYear - firstYear + MAX_YEAR_LABELS) / MAX_YEAR_LABELS);
        int previousYear = firstYear;
        for (int i = 1; i < times.length; i++) {
            int year = MonthlyReturns.dateOf(times[i], zone).getYear();
            if (year != previousYear && (year - firstYear) % step == 0) {
                double x = LEFT + plotWidth * (times[i] - first) / span;
                svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
                        x, TOP, x, HEIGHT - BOTTOM));
                svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                        x, HEIGHT - BOTTOM + 18, year));
            }
            previousYear = year;
        }
    }
}
