package dev.backtester.timescale.runs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored run's row: what listing runs returns, without trades or equity.
 *
 * @param id             the run's id in the database
 * @param strategyName   the strategy's name
 * @param description    versions, hashes, parameters, universe, type and parent as given when stored
 * @param status         running, completed or failed
 * @param startDate      UTC date of the first bar
 * @param endDate        UTC date of the last bar
 * @param initialCapital starting cash
 * @param symbols        symbols of the run
 * @param tradesCount    trades stored, or null while running or after a failure
 * @param errorMessage   why the run failed, or null
 * @param createdAt      when the row was written
 * @param completedAt    when the run completed or failed, or null while running
 */
public record RunSummary(UUID id, String strategyName, RunDescription description, RunStatus status,
                         LocalDate startDate, LocalDate endDate, double initialCapital, List<String> symbols,
                         Integer tradesCount, String errorMessage, Instant createdAt, Instant completedAt) {
    public RunSummary {
        Objects.requireNonNull(id, "id");
        symbols = List.copyOf(symbols);
    }
}
