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
import dev.backtester.api.result.Trade;
import dev.backtester.examples.RiskManagedExample;
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

    @Test
    void theRiskManagedYamlTradesLikeTheJavaExample() {
        StrategyConfig config = new ConfigLoader().load(CONFIGS.resolve("bb_risk_managed.yaml"));
        RunResult java = RiskManagedExample.run();

        RunResult yaml = new ConfiguredRunner().run(config, RunListener.NONE).result();

        // the Java example's signal logic names its rules; the YAML conditions have their own names
        assertTrue(java.trades().size() > 20);
        assertEquals(java.trades().size(), yaml.trades().size());
        for (int k = 0; k < java.trades().size(); k++) {
            Trade a = java.trades().get(k);
            Trade b = yaml.trades().get(k);
            assertEquals(a.symbol(), b.symbol());
            assertEquals(a.entryTime(), b.entryTime());
            assertEquals(a.exitTime(), b.exitTime());
            assertEquals(a.entryPrice(), b.entryPrice());
            assertEquals(a.exitPrice(), b.exitPrice());
            assertEquals(a.shares(), b.shares());
            assertEquals(a.exitReason(), b.exitReason());
            assertEquals(a.regimeAtEntry(), b.regimeAtEntry());
        }
        assertEquals(java.equity(), yaml.equity());
    }
}
