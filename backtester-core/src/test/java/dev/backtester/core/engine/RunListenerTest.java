package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.Signal;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.result.RunResult;
import dev.backtester.api.run.RunListener;
import dev.backtester.api.run.RunProgress;
import dev.backtester.core.sizing.Sizers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunListenerTest {

    @Test
    void progressIsReportedAtLeastEveryFivePercent() {
        List<Double> percents = new ArrayList<>();
        RunResult[] finished = new RunResult[1];
        RunListener listener = new RunListener() {
            @Override
            public void onStart(RunProgress start) {
                percents.add(start.percent());
            }

            @Override
            public void onProgress(RunProgress progress) {
                percents.add(progress.percent());
            }

            @Override
            public void onFinish(RunResult result) {
                finished[0] = result;
            }
        };
        var strategy = StrategyBuilder.named("p").signals(w -> Signal.NONE).sizing(Sizers.fixedShares(1)).build();
        RunResult r = Backtest.of(strategy).listener(listener).run(RandomBars.series("R", 3, 1003));

        assertSame(r, finished[0]);
        assertEquals(0.0, percents.get(0));
        for (int k = 1; k < percents.size(); k++) {
            assertTrue(percents.get(k) - percents.get(k - 1) <= 5.0 + 1e-9, "gap before event " + k);
        }
        assertTrue(100.0 - percents.get(percents.size() - 1) <= 5.0 + 1e-9);
    }
}
