package dev.backtester.timescale.schema;

/**
 * One versioned step of the schema. A migration's statements never change once released: a later
 * change to the schema is a new migration with a higher version.
 */
interface Migration {

    /** Version this migration brings the schema to; versions start at 1 and have no gaps. */
    int version();

    /** What the migration does, recorded in {@code schema_version}. */
    String description();

    /** Runs the migration's statements inside the migrator's transaction. */
    void apply(MigrationContext context);
}
