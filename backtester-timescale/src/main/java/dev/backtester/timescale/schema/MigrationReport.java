package dev.backtester.timescale.schema;

import java.util.List;

/**
 * What a migration run did.
 *
 * @param schema      the migrated schema
 * @param fromVersion version before the run (0 for a new schema)
 * @param toVersion   version after the run
 * @param applied     versions applied by this run, in order; empty when the schema was up to date
 * @param timescale   true when the TimescaleDB extension was installed in the database
 */
public record MigrationReport(SchemaName schema, int fromVersion, int toVersion, List<Integer> applied,
                              boolean timescale) {
    public MigrationReport {
        applied = List.copyOf(applied);
    }

    /** True when nothing had to be done. */
    public boolean upToDate() {
        return applied.isEmpty();
    }
}
