package dev.microcred.issuer.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microcred.issuer.document.DocumentType;
import dev.microcred.issuer.document.SeedCredential;
import dev.microcred.issuer.document.VerifiableCredentialText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The life of one credential, the seed's AWS Lambda Deep Dive module, from issue to erasure. */
class CredentialTest {
    private static final Instant ISSUED = Instant.parse("2026-01-03T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T10:00:00Z");
    private static final LocalDate VALID_UNTIL = LocalDate.of(2028, 1, 3);

    private final VerifiableCredentialText text = SeedCredential.lambdaDeepDive().render();
    private final Credential issued = Credential.issue(UUID.randomUUID(), "aws-training",
            new Credential.IssuedText(text.hash(), DocumentType.SKILL_MODULE, "Specialty Module", "Advanced",
                    VALID_UNTIL, "jc-lambda-2026", text.plainText(), "{\"holder\":\"james.chen@email.com\"}"),
            null, ISSUED);

    @Test
    void aNewCredentialIsValidUntilItsLastDayAndExpiredTheDayAfter() {
        assertEquals(CredentialState.VALID, issued.state());
        assertEquals(text.hash(), issued.hash());
        assertEquals("VALID", issued.status(VALID_UNTIL));
        assertEquals("EXPIRED", issued.status(VALID_UNTIL.plusDays(1)));
    }

    @Test
    void revokingKeepsTheReasonAndWhen() {
        Credential revoked = issued.revoke(RevocationReason.FRAUD, LATER);

        assertEquals(CredentialState.REVOKED, revoked.state());
        assertEquals(RevocationReason.FRAUD, revoked.reason());
        assertEquals(LATER, revoked.stateChangedAt());
        assertEquals(ISSUED, revoked.issuedAt());
        assertEquals("REVOKED", revoked.status(VALID_UNTIL.plusYears(1)), "revoked outranks expired");
    }

    @Test
    void aSupersededCredentialNamesItsReplacement() {
        Credential superseded = issued.supersedeBy("b".repeat(64), LATER);

        assertEquals(CredentialState.SUPERSEDED, superseded.state());
        assertEquals("b".repeat(64), superseded.supersededBy());
    }

    @Test
    void onlyAValidCredentialIsRevokedOrSuperseded() {
        Credential revoked = issued.revoke(RevocationReason.ISSUED_IN_ERROR, LATER);

        assertThrows(InvalidTransitionException.class, () -> revoked.revoke(RevocationReason.FRAUD, LATER));
        assertThrows(InvalidTransitionException.class, () -> revoked.supersedeBy("b".repeat(64), LATER));
    }

    @Test
    void erasureKeepsTheHashAndFactsButNotTheTextOrPersonalFields() {
        Credential deleted = issued.revoke(RevocationReason.FRAUD, LATER).delete(LATER.plusSeconds(60));

        assertEquals(CredentialState.DELETED, deleted.state());
        assertEquals(text.hash(), deleted.hash());
        assertEquals("Specialty Module", deleted.issued().credentialCode());
        assertNull(deleted.issued().plainText());
        assertNull(deleted.issued().fields());
        assertNull(deleted.issued().pathSegment());
        assertThrows(InvalidTransitionException.class, () -> deleted.delete(LATER));
    }

    @Test
    void recordingAnExpiryChangesNothingAVerifierSees() {
        Credential recorded = issued.recordExpiry(LATER);

        assertNotNull(recorded.expiryRecordedAt());
        assertEquals(CredentialState.VALID, recorded.state());
        assertEquals(ISSUED, recorded.stateChangedAt());
    }
}
