package dev.backtester.timescale.schema;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Looks at whether the TimescaleDB extension is installed in the connected database. */
final class TimescaleExtension {
    private TimescaleExtension() {
    }

    /** True when {@code CREATE EXTENSION timescaledb} has been run in this database. */
    static boolean installed(DSLContext dsl) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_extension")))
                .where(DSL.field(DSL.name("extname"), String.class).eq("timescaledb")));
    }

    /** The edition's license ({@code apache} or {@code timescale}), or {@code unknown}. */
    static String license(DSLContext dsl) {
        String license = dsl.fetchValue(DSL.field("current_setting({0}, true)", String.class,
                DSL.val("timescaledb.license")));
        return license == null || license.isEmpty() ? "unknown" : license;
    }
}
