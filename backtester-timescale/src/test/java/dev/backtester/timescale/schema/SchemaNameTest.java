package dev.backtester.timescale.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

class SchemaNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"backtester", "_private", "Research_2024", "a"})
    void plainIdentifiersAreAccepted(String name) {
        assertEquals(name, SchemaName.of(name).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1abc", "a;b", "x\"; DROP SCHEMA public; --", "a b", "日本株", "pg_temp", "PG_x",
            "a-b", "a.b"})
    void anythingElseIsRejected(String name) {
        assertThrows(IllegalArgumentException.class, () -> SchemaName.of(name));
    }

    @ParameterizedTest
    @ValueSource(ints = {63, 64})
    void namesAreAtMostSixtyThreeCharacters(int length) {
        String name = "s".repeat(length);
        if (length <= 63) {
            assertEquals(name, SchemaName.of(name).value());
        } else {
            assertThrows(IllegalArgumentException.class, () -> SchemaName.of(name));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Research", "backtester"})
    void tablesAreRenderedQuotedInTheSchema(String name) {
        Database database = Database.of(new PGSimpleDataSource(), SchemaName.of(name));
        assertEquals("\"" + name + "\".\"prices_v2\"",
                DSL.using(SQLDialect.POSTGRES).render(database.table(PricesTable.NAME)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://host/db", "postgresql://user:secret@host/db"})
    void onlyPostgresJdbcUrlsAreAcceptedAndTheUrlIsNotEchoed(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.fromJdbcUrl(url, null, null, SchemaName.DEFAULT));
        assertEquals(-1, e.getMessage().indexOf(url), "the URL may carry a password");
    }
}
