package dev.backtester.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.DataWindow;
import dev.backtester.api.Series;
import dev.backtester.api.Signal;
import dev.backtester.api.SignalLogic;
import dev.backtester.api.Strategy;
import dev.backtester.api.StrategyBuilder;
import dev.backtester.api.data.BarSeries;
import dev.backtester.core.sizing.Sizers;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class DataWindowTest {
    private final BarSeries bars = TestBars.closes("X", 10, 11, 12, 13, 14);

    private void atBar(int bar, Consumer<DataWindow> check) {
        Strategy strategy = StrategyBuilder.named("probe").signals(w -> {
            if (w.bar() == bar) {
                check.accept(w);
            }
            return Signal.NONE;
        }).sizing(Sizers.fixedShares(1)).build();
        Backtest.of(strategy).run(bars);
    }

    @Test
    void readsTheCurrentBarAndEarlierBars() {
        atBar(3, w -> {
            assertEquals(13, w.close(), 0);
            assertEquals(12, w.close(1), 0);
            assertEquals(14, w.open(), 0);
            assertEquals(10, w.value(Series.CLOSE, 3), 0);
            assertEquals(bars.time(1), w.time(2));
            assertEquals("X", w.symbol());
        });
    }

    @Test
    void negativeOffsetsAreRejectedBecauseTheyWouldReadTheFuture() {
        atBar(2, w -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.close(-1));
            assertTrue(e.getMessage().contains("never reads bars after the current one"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> w.time(-1));
        });
    }

    @Test
    void readsBeforeTheFirstBarAreNaNForValuesAndAnErrorForTimes() {
        atBar(1, w -> {
            assertTrue(Double.isNaN(w.close(2)));
            assertThrows(IndexOutOfBoundsException.class, () -> w.time(2));
        });
    }

    @Test
    void aHandleFromAnotherStrategyIsRejected() {
        StrategyBuilder other = StrategyBuilder.named("other");
        other.indicator(new TestBars.TestSma(2));
        Series foreign = other.indicator(new TestBars.TestSma(3));
        atBar(2, w -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.value(foreign));
            assertTrue(e.getMessage().contains("not declared in this strategy"), e.getMessage());
        });
    }

    @Test
    void indicatorValuesLineUpWithBars() {
        StrategyBuilder b = StrategyBuilder.named("sma");
        Series sma = b.indicator(new TestBars.TestSma(2));
        double[] seen = new double[5];
        SignalLogic logic = w -> {
            seen[w.bar()] = w.value(sma);
            return Signal.NONE;
        };
        Backtest.of(b.signals(logic).sizing(Sizers.fixedShares(1)).warmup(0).build()).run(bars);
        assertTrue(Double.isNaN(seen[0]));
        assertEquals(10.5, seen[1], 1e-12);
        assertEquals(13.5, seen[4], 1e-12);
    }
}
