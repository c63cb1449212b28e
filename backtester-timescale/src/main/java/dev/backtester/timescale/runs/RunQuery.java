package dev.backtester.timescale.runs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which runs to list; every criterion left null matches all runs. Results come newest first.
 *
 * @param strategyName    runs of this strategy
 * @param strategyVersion runs of this strategy version
 * @param strategyHash    runs with this strategy hash
 * @param status          runs in this status
 * @param testedFrom      runs whose tested period starts on or after this UTC date
 * @param testedTo        runs whose tested period ends on or before this UTC date
 * @param createdFrom     runs stored at or after this instant
 * @param createdTo       runs stored before this instant
 * @param limit           at most this many runs
 */
public record RunQuery(String strategyName, String strategyVersion, String strategyHash, RunStatus status,
                       LocalDate testedFrom, LocalDate testedTo, Instant createdFrom, Instant createdTo, int limit) {
    /** The default and largest limit. */
    public static final int MAX_LIMIT = 10_000;

    /** @throws IllegalArgumentException if the limit is not between 1 and {@link #MAX_LIMIT} */
    public RunQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    /** Every run, up to {@link #MAX_LIMIT}. */
    public static RunQuery all() {
        return new RunQuery(null, null, null, null, null, null, null, null, MAX_LIMIT);
    }

    /** Only runs of strategy {@code name}. */
    public RunQuery strategy(String name) {
        return new RunQuery(name, strategyVersion, strategyHash, status, testedFrom, testedTo, createdFrom, createdTo,
                limit);
    }

    /** Only runs of strategy version {@code version}. */
    public RunQuery version(String version) {
        return new RunQuery(strategyName, version, strategyHash, status, testedFrom, testedTo, createdFrom, createdTo,
                limit);
    }

    /** Only runs with strategy hash {@code hash}. */
    public RunQuery hash(String hash) {
        return new RunQuery(strategyName, strategyVersion, hash, status, testedFrom, testedTo, createdFrom, createdTo,
                limit);
    }

    /** Only runs in status {@code runStatus}. */
    public RunQuery withStatus(RunStatus runStatus) {
        return new RunQuery(strategyName, strategyVersion, strategyHash, runStatus, testedFrom, testedTo, createdFrom,
                createdTo, limit);
    }

    /** Only runs whose tested period lies within {@code from} to {@code to} (UTC dates, both included). */
    public RunQuery testedWithin(LocalDate from, LocalDate to) {
        return new RunQuery(strategyName, strategyVersion, strategyHash, status, from, to, createdFrom, createdTo,
                limit);
    }

    /** Only runs stored in {@code [from, to)}. */
    public RunQuery createdBetween(Instant from, Instant to) {
        return new RunQuery(strategyName, strategyVersion, strategyHash, status, testedFrom, testedTo, from, to, limit);
    }

    /** At most {@code max} runs. */
    public RunQuery limit(int max) {
        return new RunQuery(strategyName, strategyVersion, strategyHash, status, testedFrom, testedTo, createdFrom,
                createdTo, max);
    }
}
