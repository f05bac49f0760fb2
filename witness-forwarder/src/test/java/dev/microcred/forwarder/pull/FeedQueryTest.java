package dev.microcred.forwarder.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FeedQueryTest {

    @Test
    void noParametersStartAtTheBeginningWithFiveHundredLinesAndNoWait() {
        assertEquals(new FeedQuery(0, 500, 0), FeedQuery.parse(null, null, null));
    }

    @Test
    void aCursorResumesAfterIt() {
        assertEquals(new FeedQuery(123, 10, 30), FeedQuery.parse("123", "10", "30"));
    }

    @Test
    void cursorsLimitsAndWaitsOutsideTheContractAreRejected() {
        for (String[] bad : new String[][] {{"-1", null, null}, {"abc", null, null}, {"01", null, null},
                {null, "0", null}, {null, "1001", null}, {null, "x", null}, {null, null, "31"}, {null, null, "-1"}}) {
            assertThrows(InvalidFeedQueryException.class, () -> FeedQuery.parse(bad[0], bad[1], bad[2]));
        }
    }
}
