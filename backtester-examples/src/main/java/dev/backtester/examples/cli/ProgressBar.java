package dev.backtester.examples.cli;

import dev.backtester.api.result.RunResult;
import dev.backtester.api.run.RunListener;
import dev.backtester.api.run.RunProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar fed by the engine's progress events (at least every 5% of the bars),
 * redrawn in place with a carriage return. Meant for a terminal; the CLI leaves it off when
 * output is not a terminal or with {@code --quiet}, so logs and pipes get no control characters.
 */
final class ProgressBar implements RunListener {
    private static final int WIDTH = 30;

    private final PrintWriter out;

    ProgressBar(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onStart(RunProgress start) {
        draw(start);
    }

    @Override
    public void onProgress(RunProgress progress) {
        draw(progress);
    }

    @Override
    public void onFinish(RunResult result) {
        long bars = result.metadata().barsProcessed();
        draw(new RunProgress(result.metadata().strategyName(), bars, bars));
        out.println();
    }

    /** The bar for {@code progress}, e.g. {@code  45% [#############-----------------] 2,266/5,036 bars}. */
    static String render(RunProgress progress) {
        double percent = Math.max(0, Math.min(100, progress.percent()));
        int filled = (int) Math.round(WIDTH * percent / 100);
        return String.format(Locale.ROOT, "%4.0f%% [%s%s] %,d/%,d bars", percent, "#".repeat(filled),
                "-".repeat(WIDTH - filled), progress.barsProcessed(), progress.totalBars());
    }

    private void draw(RunProgress progress) {
        out.print("\r" + render(progress));
        out.flush();
    }
}
