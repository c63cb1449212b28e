package dev.backtester.timescale.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The PostgreSQL schema that holds the backtester's tables, validated as a plain SQL identifier.
 *
 * <p>The name comes from configuration, so it is checked here and always rendered quoted by jOOQ:
 * letters, digits and underscores, starting with a letter or underscore, at most 63 characters
 * (PostgreSQL's identifier limit), and not starting with {@code pg_} (reserved for system schemas).
 * Quoted identifiers are case-sensitive: {@code Research} and {@code research} are different schemas.
 *
 * @param value the schema name
 */
public record SchemaName(String value) {
    // declared before DEFAULT: the constructor of DEFAULT uses it
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** The schema used when none is configured. */
    public static final SchemaName DEFAULT = new SchemaName("backtester");

    /** @throws IllegalArgumentException if {@code value} is not an acceptable schema name */
    public SchemaName {
        Objects.requireNonNull(value, "schema name");
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException("schema name '" + value + "' is not allowed: use 1 to 63 letters,"
                    + " digits or underscores, starting with a letter or underscore");
        }
        if (value.regionMatches(true, 0, "pg_", 0, 3)) {
            throw new IllegalArgumentException("schema name '" + value + "' is not allowed: names starting with"
                    + " pg_ are reserved for PostgreSQL's system schemas");
        }
    }

    /** The schema named {@code value}. */
    public static SchemaName of(String value) {
        return new SchemaName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
