package dev.backtester.timescale.schema;

import static org.jooq.impl.DSL.constraint;
import static org.jooq.impl.DSL.name;

import org.jooq.Record;
import org.jooq.Table;

/**
 * Version 4: the decision journal. Adds {@code strategy_runs_v2.journal_enabled} (null for runs
 * stored before, read as "no journal") and the run table {@code run_decisions}.
 */
final class V4DecisionJournal implements Migration {

    @Override
    public int version() {
        return 4;
    }

    @Override
    public String description() {
        return "decision journal: strategy_runs_v2.journal_enabled, run_decisions";
    }

    @Override
    public void apply(MigrationContext context) {
        Table<Record> runs = context.table(RunsTable.NAME);
        context.dsl().alterTable(runs).addColumnIfNotExists(RunsTable.JOURNAL_ENABLED).execute();
        context.dsl().createTableIfNotExists(context.table(DecisionsTable.NAME))
                .columns(DecisionsTable.RUN_ID, DecisionsTable.SEQUENCE, DecisionsTable.TIME_MS, DecisionsTable.SYMBOL,
                        DecisionsTable.TRADE_ID, DecisionsTable.KIND, DecisionsTable.SOURCE, DecisionsTable.DETAIL,
                        DecisionsTable.FIGURE_KEYS, DecisionsTable.FIGURE_VALUES)
                .constraints(
                        constraint(name("run_decisions_pkey")).primaryKey(DecisionsTable.RUN_ID, DecisionsTable.SEQUENCE),
                        constraint(name("run_decisions_run_fkey")).foreignKey(DecisionsTable.RUN_ID)
                                .references(runs, RunsTable.ID).onDeleteCascade())
                .execute();
    }
}
