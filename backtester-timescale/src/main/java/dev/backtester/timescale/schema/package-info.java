/**
 * The database schema: where it lives ({@link dev.backtester.timescale.schema.Database},
 * {@link dev.backtester.timescale.schema.SchemaName}), its tables and columns as jOOQ fields
 * ({@code *Table} classes), and the versioned migrations that create and upgrade it
 * ({@link dev.backtester.timescale.schema.SchemaMigrator}).
 */
package dev.backtester.timescale.schema;
