package dev.backtester.core.data;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Every finding of one validation of one series, in bar order.
 *
 * @param symbol   the series' symbol
 * @param zone     the zone times are shown in (the calendar's, or UTC)
 * @param findings all findings, never only the first
 */
public record QualityReport(String symbol, ZoneId zone, List<DataFinding> findings) {

    public QualityReport {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(zone, "zone");
        findings = List.copyOf(findings);
    }

    /** True when nothing was found. */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** Number of findings of {@code kind}. */
    public int count(DataFinding.Kind kind) {
        int count = 0;
        for (DataFinding finding : findings) {
            if (finding.kind() == kind) {
                count++;
            }
        }
        return count;
    }

    /** A headline and at most {@code maxFindings} findings, one per line, then {@code ... and N more}. */
    public String summary(int maxFindings) {
        if (isClean()) {
            return symbol + ": no findings";
        }
        StringBuilder text = new StringBuilder().append(findings.size())
                .append(findings.size() == 1 ? " finding in " : " findings in ").append(symbol).append(':');
        int shown = Math.min(Math.max(0, maxFindings), findings.size());
        for (int i = 0; i < shown; i++) {
            text.append(System.lineSeparator()).append("  ").append(findings.get(i).describe(zone));
        }
        if (shown < findings.size()) {
            text.append(System.lineSeparator()).append("  ... and ").append(findings.size() - shown).append(" more");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return summary(Integer.MAX_VALUE);
    }
}
