package dev.backtester.examples.cli;

import dev.backtester.api.result.RunMetadata;
import dev.backtester.core.config.BacktestSettings;
import dev.backtester.core.config.ConfiguredRun;
import dev.backtester.core.config.StrategyConfig;
import java.time.Instant;

/**
 * {@code run.json}: how the run was made: strategy name, version, strategy and parameter hashes,
 * library version, the configuration (canonical form and text), data, period, timings.
 */
final class RunJson {
    private RunJson() {
    }

    static String of(ConfiguredRun run, RunTimings timings, Instant createdAt) {
        StrategyConfig config = run.config();
        RunMetadata meta = run.result().metadata();
        BacktestSettings backtest = config.backtest();
        JsonWriter json = new JsonWriter().beginObject()
                .name("run_id").value(meta.runId())
                .name("created_at").value(createdAt.toString())
                .name("strategy").value(config.name())
                .name("version").value(config.version())
                .name("strategy_hash").value(config.hashes().strategyHash())
                .name("parameter_hash").value(config.hashes().parameterHash())
                .name("library_version").value(config.hashes().libraryVersion());
        json.name("config").beginObject()
                .name("source").value(config.source())
                .name("canonical").raw(config.canonical())
                .name("yaml").value(config.yaml())
                .endObject();
        json.name("data").beginObject()
                .name("path").value(run.data().path().toString())
                .name("format").value(run.data().format())
                .name("zone").value(run.zone().getId())
                .endObject();
        json.name("universe").value(backtest.universe().orElse(null));
        json.name("symbols").beginArray();
        meta.symbols().forEach(json::value);
        json.endArray();
        json.name("start_date").value(backtest.startDate().map(Object::toString).orElse(null))
                .name("end_date").value(backtest.endDate().map(Object::toString).orElse(null))
                .name("first_bar_time").value(Instant.ofEpochMilli(meta.firstBarTime()).toString())
                .name("last_bar_time").value(Instant.ofEpochMilli(meta.lastBarTime()).toString())
                .name("bars_processed").value(meta.barsProcessed())
                .name("initial_capital").value(meta.initialCapital())
                .name("fill_model").value(meta.fillModel())
                .name("same_bar_fills").value(meta.sameBarFills())
                .name("trades").value(run.result().trades().size());
        json.name("timings_ms").beginObject()
                .name("config").value(millis(timings.config()))
                .name("load").value(millis(timings.load()))
                .name("run").value(millis(timings.run()))
                .name("engine").value(millis(timings.engine()))
                .name("write").value(millis(timings.write()))
                .endObject();
        return json.endObject().toString();
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }
}
