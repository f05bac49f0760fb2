package dev.microcred.talent.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.talent.facts.Status;
import dev.microcred.talent.portfolio.HeldCredential;
import dev.microcred.talent.support.Held;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A physician's renewal: CME credits of the last two years, per category, counting only what verifies now. */
class CreditTotalsTest {

    private static final Instant FROM = Instant.parse("2024-06-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-06-01T00:00:00Z");
    private static final String CATEGORY_1 = "AMA PRA Category 1";

    @Test
    void creditsAddUpPerCategoryWithinThePeriod() {
        List<HeldCredential> held = List.of(
                Held.cme("cardiac", "2.5", CATEGORY_1, Instant.parse("2026-01-06T10:00:00Z"), Status.VALID),
                Held.cme("imaging", "20", CATEGORY_1, Instant.parse("2025-03-01T10:00:00Z"), Status.VALID),
                Held.cme("ethics", "4", "AMA PRA Category 2", Instant.parse("2025-09-01T10:00:00Z"), Status.VALID),
                Held.cme("too-old", "30", CATEGORY_1, Instant.parse("2024-05-31T23:59:59Z"), Status.VALID));

        CreditTotals totals = CreditTotals.of(held, FROM, TO, Optional.empty());

        assertEquals(2, totals.totals().size());
        CreditTotals.Total first = totals.totals().get(0);
        assertEquals(CATEGORY_1, first.category());
        assertEquals(new BigDecimal("22.5"), first.credits());
        assertEquals(List.of("cardiac", "imaging"), first.hashes());
        assertEquals(new BigDecimal("4"), totals.totals().get(1).credits());
    }

    @Test
    void aRevokedOrExpiredCredentialDropsOutOfTheTotal() {
        List<HeldCredential> held = List.of(
                Held.cme("cardiac", "2.5", CATEGORY_1, Instant.parse("2026-01-06T10:00:00Z"), Status.VALID),
                Held.cme("revoked", "20", CATEGORY_1, Instant.parse("2025-03-01T10:00:00Z"), Status.REVOKED),
                Held.cme("expired", "10", CATEGORY_1, Instant.parse("2025-03-01T10:00:00Z"), Status.EXPIRED));

        CreditTotals totals = CreditTotals.of(held, FROM, TO, Optional.of(CATEGORY_1));

        assertEquals(new BigDecimal("2.5"), totals.totals().get(0).credits());
        assertEquals(List.of("cardiac"), totals.totals().get(0).hashes());
    }

    @Test
    void aCategoryFilterKeepsOnlyThatCategory() {
        List<HeldCredential> held = List.of(
                Held.cme("ethics", "4", "AMA PRA Category 2", Instant.parse("2025-09-01T10:00:00Z"), Status.VALID));

        assertEquals(List.of(), CreditTotals.of(held, FROM, TO, Optional.of(CATEGORY_1)).totals());
    }
}
