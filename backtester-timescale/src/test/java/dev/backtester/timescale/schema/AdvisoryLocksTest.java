package dev.backtester.timescale.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AdvisoryLocksTest {

    @Test
    void keysAreStableAndTellPartBoundariesApart() {
        assertEquals(AdvisoryLocks.key("a", "bc"), AdvisoryLocks.key("a", "bc"));
        assertNotEquals(AdvisoryLocks.key("ab", "c"), AdvisoryLocks.key("a", "bc"));
        assertNotEquals(AdvisoryLocks.key("schema", "ORCL"), AdvisoryLocks.key("schema", "NVDA"));
        assertNotEquals(AdvisoryLocks.key("x"), AdvisoryLocks.key("x", ""));
    }
}
