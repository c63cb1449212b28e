package dev.backtester.timescale.runs;

import java.util.Objects;
import java.util.UUID;

/**
 * What the caller knows about a run that the engine's result does not: how the strategy and its
 * parameters are identified, the universe, and how the run relates to others. The strategy
 * configuration layer supplies these; the engine's {@code RunMetadata} supplies the rest.
 *
 * @param strategyVersion semantic version of the strategy, e.g. {@code 2.1.0}
 * @param strategyHash    hash of the strategy's code and canonical configuration
 * @param paramHash       hash of the parameters
 * @param paramYaml       the parameters as YAML, stored verbatim
 * @param universeName    name of the symbol universe, e.g. {@code sp500_liquid}
 * @param runType         what kind of run this is
 * @param parentRunId     the run this one belongs to (an optimization or walk-forward parent), or null
 */
public record RunDescription(String strategyVersion, String strategyHash, String paramHash, String paramYaml,
                             String universeName, RunType runType, UUID parentRunId) {

    /** @throws NullPointerException if any component but {@code parentRunId} is null */
    public RunDescription {
        Objects.requireNonNull(strategyVersion, "strategyVersion");
        Objects.requireNonNull(strategyHash, "strategyHash");
        Objects.requireNonNull(paramHash, "paramHash");
        Objects.requireNonNull(paramYaml, "paramYaml");
        Objects.requireNonNull(universeName, "universeName");
        Objects.requireNonNull(runType, "runType");
    }

    /** A top-level backtest (no parent). */
    public static RunDescription backtest(String strategyVersion, String strategyHash, String paramHash,
                                          String paramYaml, String universeName) {
        return new RunDescription(strategyVersion, strategyHash, paramHash, paramYaml, universeName, RunType.BACKTEST,
                null);
    }

    /** The same description with another run type. */
    public RunDescription withRunType(RunType type) {
        return new RunDescription(strategyVersion, strategyHash, paramHash, paramYaml, universeName, type, parentRunId);
    }

    /** The same description belonging to run {@code parent}. */
    public RunDescription withParent(UUID parent) {
        return new RunDescription(strategyVersion, strategyHash, paramHash, paramYaml, universeName, runType, parent);
    }
}
