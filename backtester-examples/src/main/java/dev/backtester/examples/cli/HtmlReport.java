package dev.backtester.examples.cli;

import dev.backtester.api.result.Decision;
import dev.backtester.api.result.DecisionJournal;
import dev.backtester.api.result.EquityCurve;
import dev.backtester.api.result.Metrics;
import dev.backtester.api.result.RunMetadata;
import dev.backtester.api.result.Trade;
import dev.backtester.core.config.ConfiguredRun;
import dev.backtester.core.config.StrategyConfig;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no network) with
 * the run's identity, the equity and drawdown charts, the metrics, the monthly returns and every
 * trade with its exit reason, excursions and (journal on) the decisions behind it. Dates are shown in
 * the data's time zone, the exchange's.
 */
final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1d2733;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d8dee6;padding-bottom:4px}
            .sub{color:#5b6776;font-size:13px;margin:2px 0}.chart{width:100%;max-width:1000px;height:auto;display:block}
            .grid{stroke:#e4e8ee;stroke-width:1}.axis{font-size:11px;fill:#5b6776}
            table{border-collapse:collapse;font-size:12px;font-variant-numeric:tabular-nums}
            th,td{padding:3px 8px;border-bottom:1px solid #edf0f4;text-align:right}th{background:#f5f7fa}
            td.l,th.l{text-align:left}.pos{color:#1a7f37}.neg{color:#c62828}code{font-size:12px}
            details pre{white-space:pre-wrap;font-size:11px;margin:4px 0;max-width:900px}summary{cursor:pointer}
            """;
    private static final String EQUITY_COLOR = "#1f5fbf";
    private static final String DRAWDOWN_COLOR = "#c62828";

    private HtmlReport() {
    }

    static String of(ConfiguredRun run) {
        StrategyConfig config = run.config();
        RunMetadata meta = run.result().metadata();
        EquityCurve curve = run.result().equity();
        ZoneId zone = run.zone();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(config.name())).append(" ").append(Html.escape(config.version()))
                .append(" report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.escape(config.name())).append(" <small>").append(Html.escape(config.version()))
                .append("</small></h1>\n");
        sub(html, "Symbols: " + String.join(", ", meta.symbols()) + " &middot; " + Format.date(meta.firstBarTime(), zone)
                + " to " + Format.date(meta.lastBarTime(), zone) + " &middot; " + String.format(Locale.ROOT, "%,d", meta.barsProcessed())
                + " bars &middot; fills: " + Html.escape(meta.fillModel()));
        sub(html, "Strategy hash <code>" + config.hashes().strategyHash() + "</code> &middot; parameter hash <code>"
                + config.hashes().parameterHash() + "</code> &middot; library " + Html.escape(config.hashes().libraryVersion()));

        html.append("<h2>Equity</h2>\n").append(SvgChart.of("equity-line", curve.times(), curve.equityValues(),
                EQUITY_COLOR, zone, Format::wholeMoney));
        double[] drawdown = curve.drawdowns();
        for (int i = 0; i < drawdown.length; i++) {
            drawdown[i] = -drawdown[i];
        }
        html.append("<h2>Drawdown</h2>\n").append(SvgChart.of("drawdown-line", curve.times(), drawdown,
                DRAWDOWN_COLOR, zone, Format::percent));

        metrics(html, run.result().metrics());
        monthly(html, MonthlyReturns.of(curve, run.result().metrics().initialCapital(), zone));
        trades(html, run.result().trades(), run.result().journal(), zone);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void sub(StringBuilder html, String text) {
        html.append("<p class=\"sub\">").append(text).append("</p>\n");
    }

    private static void metrics(StringBuilder html, Metrics m) {
        html.append("<h2>Metrics</h2>\n<table id=\"metrics\">\n");
        List<String[]> rows = List.of(
                new String[] {"Initial capital", Format.money(m.initialCapital())},
                new String[] {"Final equity", Format.money(m.finalEquity())},
                new String[] {"Total return", Format.percent(m.totalReturn())},
                new String[] {"CAGR", Format.percent(m.cagr())},
                new String[] {"Annual volatility", Format.percent(m.annualVolatility())},
                new String[] {"Sharpe", Format.number(m.sharpe())},
                new String[] {"Sortino", Format.number(m.sortino())},
                new String[] {"Max drawdown", Format.percent(m.maxDrawdown())},
                new String[] {"Longest drawdown", m.maxDrawdownBars() + " bars ("
                        + Math.round(m.maxDrawdownMillis() / 86_400_000.0) + " days)"},
                new String[] {"Exposure", Format.percent(m.exposure())},
                new String[] {"Closed trades", Integer.toString(m.tradeCount())},
                new String[] {"Open trades", Integer.toString(m.openTrades())},
                new String[] {"Win rate", Format.percent(m.winRate())},
                new String[] {"Profit factor", Format.number(m.profitFactor())},
                new String[] {"Expectancy per trade", Format.money(m.expectancy())},
                new String[] {"Average holding", Format.number(m.averageHoldingBars()) + " bars"},
                new String[] {"Bars per year", Format.number(m.periodsPerYear())},
                new String[] {"Risk-free rate", Format.percent(m.riskFreeRate())});
        for (String[] row : rows) {
            html.append("<tr><th class=\"l\">").append(row[0]).append("</th><td>").append(Html.escape(row[1]))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void monthly(StringBuilder html, MonthlyReturns returns) {
        html.append("<h2>Monthly returns</h2>\n<table id=\"monthly\">\n<tr><th class=\"l\">Year</th>");
        for (Month month : Month.values()) {
            html.append("<th>").append(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append("</th>");
        }
        html.append("<th>Year</th></tr>\n");
        for (Map.Entry<Integer, double[]> year : returns.byYear().entrySet()) {
            html.append("<tr><th class=\"l\">").append(year.getKey()).append("</th>");
            for (double value : year.getValue()) {
                // a month without bars stays blank
                html.append(Double.isNaN(value) ? "<td></td>" : signed(value, Format.percent(value)));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** One row per trade; with the journal on, each row unfolds the trade's decisions. */
    private static void trades(StringBuilder html, List<Trade> trades, DecisionJournal journal, ZoneId zone) {
        html.append("<h2>Trades (").append(trades.size()).append(")</h2>\n<table id=\"trades\">\n<tr><th>#</th>"
                + "<th class=\"l\">Symbol</th><th class=\"l\">Side</th><th class=\"l\">Entry</th><th>Entry price</th>"
                + "<th class=\"l\">Exit</th><th>Exit price</th><th>Shares</th><th>Net PnL</th><th>Return</th>"
                + "<th>Bars</th><th>Commission</th><th class=\"l\">Exit reason</th><th>MFE</th><th>MAE</th>"
                + (journal.enabled() ? "<th class=\"l\">Decisions</th>" : "") + "</tr>\n");
        Map<Long, List<Decision>> chains = journal.byTrade();
        int number = 1;
        for (Trade t : trades) {
            html.append("<tr><td>").append(number++).append("</td><td class=\"l\">").append(Html.escape(t.symbol()))
                    .append("</td><td class=\"l\">").append(t.direction().name().toLowerCase(Locale.ROOT))
                    .append("</td><td class=\"l\">").append(Format.date(t.entryTime(), zone))
                    .append("</td><td>").append(Format.price(t.entryPrice()))
                    .append("</td><td class=\"l\">").append(Format.date(t.exitTime(), zone)).append(t.open() ? " (open)" : "")
                    .append("</td><td>").append(Format.price(t.exitPrice()))
                    .append("</td><td>").append(Format.number(t.shares()))
                    .append("</td>").append(signed(t.netPnl(), Format.money(t.netPnl())))
                    .append(signed(t.returnPct(), Format.percent(t.returnPct())))
                    .append("<td>").append(t.holdingBars())
                    .append("</td><td>").append(Format.money(t.commission()))
                    .append("</td><td class=\"l\">").append(t.exitReason().name().toLowerCase(Locale.ROOT))
                    .append("</td><td>").append(Format.money(t.maxFavorableExcursion()))
                    .append("</td><td>").append(Format.money(t.maxAdverseExcursion())).append("</td>");
            if (journal.enabled()) {
                List<Decision> chain = chains.getOrDefault(t.id(), List.of());
                html.append("<td class=\"l\"><details><summary>").append(chain.size())
                        .append("</summary><pre>").append(Html.escape(DecisionJournal.describe(chain)))
                        .append("</pre></details></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String signed(double value, String text) {
        String css = value > 0 ? " class=\"pos\"" : value < 0 ? " class=\"neg\"" : "";
        return "<td" + css + ">" + Html.escape(text) + "</td>";
    }
}
