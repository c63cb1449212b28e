package dev.backtester.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.result.RunResult;
import dev.backtester.api.run.RunListener;
import dev.backtester.core.analytics.RunFingerprint;
import dev.backtester.core.config.ConfigLoader;
import dev.backtester.core.config.ConfiguredRunner;
import dev.backtester.core.config.StrategyConfig;
import dev.backtester.examples.BollingerMeanReversionExample;
import dev.backtester.examples.SmaCrossExample;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The YAML examples reproduce the Java examples exactly: same trades and equity, bit for bit. */
class ConfigExamplesTest {
    static final Path CONFIGS = Path.of("src/main/resources/configs");

    @Test
    void theBollingerYamlRunsLikeTheJavaExample() {
        StrategyConfig config = new ConfigLoader().load(CONFIGS.resolve("bb_mean_reversion_example.yaml"));
        RunResult java = BollingerMeanReversionExample.run();

        RunResult yaml = new ConfiguredRunner().run(config, RunListener.NONE).result();

        assertTrue(java.trades().size() > 5);
        assertEquals(RunFingerprint.of(java), RunFingerprint.of(yaml));
        assertEquals(java.metadata().strategyName(), yaml.metadata().strategyName());
    }

    @Test
    void theSmaCrossYamlRunsLikeTheJavaExample() {
        StrategyConfig config = new ConfigLoader().load(CONFIGS.resolve("sma_cross.yaml"));
        RunResult java = SmaCrossExample.run();

        RunResult yaml = new ConfiguredRunner().run(config, RunListener.NONE).result();

        assertTrue(java.trades().size() > 50);
        assertEquals(RunFingerprint.of(java), RunFingerprint.of(yaml));
    }
}
