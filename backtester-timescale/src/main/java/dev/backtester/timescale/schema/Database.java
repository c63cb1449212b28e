package dev.backtester.timescale.schema;

import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the backtester's tables live: a {@link DataSource} given by the host application and the
 * schema inside that database. Every repository of this module is built from one.
 *
 * <p>Holds no connection itself: each operation borrows one from the data source and gives it back,
 * so a pooled data source is shared naturally. Thread-safe.
 */
public final class Database {
    private final DataSource dataSource;
    private final SchemaName schema;
    private final DSLContext dsl;

    private Database(DataSource dataSource, SchemaName schema) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.schema = Objects.requireNonNull(schema, "schema");
        // the library reports what it does through its own log events; jOOQ's per-statement
        // debug log would repeat every bound value (parameter YAML included) into the host's logs
        Settings settings = new Settings().withExecuteLogging(false);
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, settings);
    }

    /** The default schema {@code backtester} in the database behind {@code dataSource}. */
    public static Database of(DataSource dataSource) {
        return new Database(dataSource, SchemaName.DEFAULT);
    }

    /** Schema {@code schema} in the database behind {@code dataSource}. */
    public static Database of(DataSource dataSource, SchemaName schema) {
        return new Database(dataSource, schema);
    }

    /**
     * A database reached through a PostgreSQL JDBC URL, e.g.
     * {@code jdbc:postgresql://localhost:5432/research}. Credentials may be given here or inside the URL
     * ({@code ?user=...&password=...}); {@code null} leaves them to the URL. Each operation opens a new
     * connection: hosts that run many operations should pass a pooled {@link DataSource} to
     * {@link #of(DataSource, SchemaName)} instead.
     */
    public static Database fromJdbcUrl(String jdbcUrl, String user, String password, SchemaName schema) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            // the URL is not echoed: it may carry a password
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: it must start with jdbc:postgresql:");
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setURL(jdbcUrl);
        } catch (IllegalArgumentException e) {
            // the driver's message repeats the URL, which may carry a password
            throw new IllegalArgumentException("the PostgreSQL JDBC URL cannot be parsed");
        }
        if (user != null) {
            source.setUser(user);
        }
        if (password != null) {
            source.setPassword(password);
        }
        return new Database(source, schema);
    }

    /** The data source connections come from. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The schema holding the tables. */
    public SchemaName schema() {
        return schema;
    }

    /** A jOOQ context on the data source, PostgreSQL dialect. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Table {@code name} in this database's schema, rendered as {@code "schema"."name"}. */
    public Table<Record> table(String name) {
        return DSL.table(DSL.name(schema.value(), name));
    }

    @Override
    public String toString() {
        // deliberately no connection details: they may include credentials
        return "Database[schema=" + schema + "]";
    }
}
