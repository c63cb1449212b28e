package dev.backtester.core.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniverseFileTest {
    private static final String SAMPLE = """
            # a sample index
            symbol,from,to

            AAPL,1982-11-30,
            ENRN,,2001-11-29
            GM,1925-01-01,2009-06-07
            GM,2013-06-07,
            """;

    @Test
    void readsMembershipPeriodsWithOpenEndsAndRejoins(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample-index.csv");
        Files.writeString(file, SAMPLE);
        Universe universe = UniverseFile.read(file);

        assertEquals("sample-index", universe.name());
        assertEquals(List.of("AAPL", "ENRN", "GM"), universe.symbols());
        assertEquals(List.of("AAPL", "ENRN", "GM"), universe.members(LocalDate.of(2001, 11, 29)));
        assertEquals(List.of("AAPL", "GM"), universe.members(LocalDate.of(2001, 11, 30)));
        assertEquals(List.of("AAPL"), universe.members(LocalDate.of(2010, 1, 4)));
        assertTrue(universe.isMember("GM", LocalDate.of(2013, 6, 7)));
        assertFalse(universe.isMember("AAPL", LocalDate.of(1982, 11, 29)));
        assertFalse(universe.isMember("MSFT", LocalDate.of(2000, 1, 3)));
    }

    @Test
    void reportsEveryProblemWithFileAndLine() {
        String text = """
                symbol,from,to
                AAPL,1982-11-30
                ,2000-01-01,
                MSFT,2000-13-01,
                IBM,2005-01-01,2004-01-01
                GM,1925-01-01,2009-06-07
                GM,2009-06-07,
                """;
        UniverseFormatException e = assertThrows(UniverseFormatException.class,
                () -> UniverseFile.parse("u", "u.csv", text));
        assertEquals(List.of(
                "u.csv:2: expected 3 fields symbol,from,to but found 2 in 'AAPL,1982-11-30'",
                "u.csv:3: the symbol is empty",
                "u.csv:4: column from: '2000-13-01' is not a date yyyy-MM-dd",
                "u.csv:5: from 2005-01-01 is after to 2004-01-01",
                "u.csv:7: membership of GM overlaps the one on line 6"), e.problems());
        assertTrue(e.getMessage().startsWith("5 problems in universe file:"), e.getMessage());
    }

    @Test
    void theHeaderIsRequired() {
        UniverseFormatException wrong = assertThrows(UniverseFormatException.class,
                () -> UniverseFile.parse("u", "u.csv", "# comment\nticker,start,end\nAAPL,,\n"));
        assertEquals(List.of("u.csv:2: expected the header 'symbol,from,to', found 'ticker,start,end'"), wrong.problems());
        UniverseFormatException empty = assertThrows(UniverseFormatException.class,
                () -> UniverseFile.parse("u", "u.csv", "# only a comment\n"));
        assertEquals(List.of("u.csv: no header 'symbol,from,to' and no memberships"), empty.problems());
    }

    @Test
    void overlappingPeriodsAreRejectedAlsoWhenBuiltInCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Universe("u", List.of(
                new Membership("GM", null, LocalDate.of(2009, 6, 7)), new Membership("GM", LocalDate.of(2009, 1, 1), null))));
        assertTrue(e.getMessage().contains("open..2009-06-07 and 2009-01-01..open"), e.getMessage());
    }
}
