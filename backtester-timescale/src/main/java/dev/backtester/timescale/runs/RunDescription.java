package dev.backtester.timescale.runs;

import dev.backtester.core.config.StrategyConfig;
import java.util.Objects;
import java.util.UUID;

/**
 * What the caller knows about a run that the engine's result does not: how the strategy and its
 * parameters are identified, the universe, and how the run relates to others. A YAML configuration
 * supplies these ({@link #of(StrategyConfig)}); the engine's {@code RunMetadata} supplies the rest.
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

    /**
     * The description of a run of a YAML configuration: its version, strategy and parameter hashes,
     * its text as parameter YAML, and its {@code backtest.universe} (empty when the file names none).
     */
    public static RunDescription of(StrategyConfig config) {
        return new RunDescription(config.version(), config.hashes().strategyHash(), config.hashes().parameterHash(),
                config.yaml(), config.backtest().universe().orElse(""), RunType.BACKTEST, null);
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
