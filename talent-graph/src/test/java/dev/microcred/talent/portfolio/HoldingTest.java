package dev.microcred.talent.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoldingTest {

    private static final Instant ADDED = Instant.parse("2026-03-01T10:00:00Z");
    private static final String HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";

    private static Holding added(Status answered) {
        return new Holding(HASH, "verify:aws.training/cred/jc-lambda-2026", "aws", Claims.of(""), Optional.empty(),
                answered, ADDED);
    }

    private static CredentialFacts facts(String state, LocalDate validUntil) {
        return new CredentialFacts(HASH, "aws", "aws.training", state, "SKILL_MODULE", "AWS-LAMBDA-DD", "Advanced",
                Instant.parse("2026-01-03T09:00:00Z"), validUntil, ADDED, 7);
    }

    @Test
    void theStatusStreamsLatestWordDecides() {
        assertEquals(Status.REVOKED, added(Status.VALID).statusAt(Optional.of(facts("REVOKED", null)), ADDED));
    }

    @Test
    void untilTheStreamHasCarriedTheHashTheAnswerGivenAtAddingStands() {
        assertEquals(Status.VALID, added(Status.VALID).statusAt(Optional.empty(), ADDED));
    }

    @Test
    void aLaggingStreamCannotBringBackAValidTheIssuerAlreadyWithdrew() {
        assertEquals(Status.REVOKED, added(Status.REVOKED).statusAt(Optional.of(facts("VALID", null)), ADDED));
    }

    @Test
    void aCredentialIsExpiredFromTheDayAfterItsValidUntil() {
        Holding holding = added(Status.VALID);
        Optional<CredentialFacts> lapsing = Optional.of(facts("VALID", LocalDate.parse("2028-01-04")));

        assertEquals(Status.VALID, holding.statusAt(lapsing, Instant.parse("2028-01-04T23:59:59Z")));
        assertEquals(Status.EXPIRED, holding.statusAt(lapsing, Instant.parse("2028-01-05T00:00:00Z")));
    }
}
