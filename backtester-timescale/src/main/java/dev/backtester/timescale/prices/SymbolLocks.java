package dev.backtester.timescale.prices;

import dev.backtester.timescale.schema.AdvisoryLocks;
import dev.backtester.timescale.schema.SchemaName;
import java.util.List;
import org.jooq.DSLContext;

/** Transaction-scoped locks per (schema, timeframe, symbol), so two ingests of the same symbol never interleave. */
final class SymbolLocks {
    private SymbolLocks() {
    }

    static void lock(DSLContext tx, SchemaName schema, String timeframe, List<PriceRows> rows) {
        long[] keys = new long[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = AdvisoryLocks.key("dev.backtester.timescale.prices", schema.value(), timeframe,
                    rows.get(i).series().symbol());
        }
        AdvisoryLocks.lock(tx, keys);
    }
}
