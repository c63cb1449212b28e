package dev.backtester.timescale;

import dev.backtester.timescale.schema.Database;
import dev.backtester.timescale.schema.SchemaName;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of the integration tests: the one named by {@code BACKTESTER_TEST_JDBC_URL}
 * when that environment variable is set (point it at a TimescaleDB to exercise the hypertable path),
 * otherwise an embedded server started once per test JVM and stopped by its shutdown hook.
 *
 * <p>Tests reach it through a small connection pool, as a host application would (and so the
 * adapter's use of driver features such as COPY is tested through a pool's connection wrappers).
 */
public final class TestPostgres {
    /** Environment variable naming an external server's JDBC URL, credentials included. */
    public static final String JDBC_URL_VARIABLE = "BACKTESTER_TEST_JDBC_URL";

    private static final int POOL_SIZE = 12;

    private static DataSource server;
    private static HikariDataSource pool;

    private TestPostgres() {
    }

    /** A pool of connections to the shared server, starting the embedded server on first use. */
    public static synchronized DataSource dataSource() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setDataSource(server());
            config.setMaximumPoolSize(POOL_SIZE);
            config.setPoolName("backtester-it");
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    /** The shared server's own data source: a new connection per call, no pool. */
    public static synchronized DataSource server() {
        if (server == null) {
            server = open();
        }
        return server;
    }

    /**
     * A {@link Database} on an empty schema {@code name}: any schema of that name left by an earlier run
     * is dropped first, so each test class starts clean.
     */
    public static Database freshSchema(String name) {
        SchemaName schema = SchemaName.of(name);
        execute("DROP SCHEMA IF EXISTS \"" + schema.value() + "\" CASCADE");
        return Database.of(dataSource(), schema);
    }

    /** Runs one statement of test set-up on its own connection. */
    public static void execute(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test set-up statement failed: " + sql, e);
        }
    }

    private static DataSource open() {
        String url = System.getenv(JDBC_URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource external = new PGSimpleDataSource();
            external.setURL(url);
            return external;
        }
        try {
            return EmbeddedPostgres.builder().start().getPostgresDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        }
    }
}
