package dev.microcred.talent.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed's peer attestation: three senior practitioners vouch for Sarah Kim's ML model deployment. */
class AttestationCheckTest {

    private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");
    private static final String LIU = "a1".repeat(32);
    private static final String SANTOS = "b2".repeat(32);
    private static final String HASSAN = "c3".repeat(32);
    private static final List<Attestor> ATTESTORS = List.of(
            new Attestor(LIU, "ML Lead, TechCorp; led her team 2023-2025", "deployed 3 production ML models together"),
            new Attestor(SANTOS, "Senior Engineer, DataCo; peer on the serving platform", "built the model registry with her"),
            new Attestor(HASSAN, "CTO, AI Startup; her manager in 2025", "ran the model rollout she designed"));

    private static CredentialFacts facts(String hash, String state) {
        return new CredentialFacts(hash, "aws", "aws.training", state, "SKILL_MODULE", "AWS-MLS", "Specialty",
                Instant.parse("2025-06-01T00:00:00Z"), null, Instant.parse("2025-06-01T00:00:00Z"), 1);
    }

    @Test
    void threeAttestorsWhoseCredentialsVerifyGiveHighConfidence() {
        AttestationCheck check = AttestationCheck.of("att", ATTESTORS, Map.of(LIU, facts(LIU, "VALID"),
                SANTOS, facts(SANTOS, "VALID"), HASSAN, facts(HASSAN, "VALID")), NOW);

        assertEquals(AttestationCheck.Confidence.HIGH, check.confidence());
        assertEquals(3, check.attestorsVerified());
        assertEquals(Optional.of("AWS-MLS"), check.attestors().get(0).credentialCode());
    }

    @Test
    void anAttestorWhoseCredentialWasRevokedNoLongerCounts() {
        AttestationCheck check = AttestationCheck.of("att", ATTESTORS, Map.of(LIU, facts(LIU, "VALID"),
                SANTOS, facts(SANTOS, "REVOKED"), HASSAN, facts(HASSAN, "VALID")), NOW);

        assertEquals(AttestationCheck.Confidence.MEDIUM, check.confidence());
        assertFalse(check.attestors().get(1).verifies());
        assertEquals(Optional.of(Status.REVOKED), check.attestors().get(1).status());
    }

    @Test
    void confidenceFollowsTheCountOfVerifyingAttestors() {
        assertEquals(AttestationCheck.Confidence.NONE, AttestationCheck.confidence(0));
        assertEquals(AttestationCheck.Confidence.LOW, AttestationCheck.confidence(1));
        assertEquals(AttestationCheck.Confidence.MEDIUM, AttestationCheck.confidence(2));
        assertEquals(AttestationCheck.Confidence.HIGH, AttestationCheck.confidence(5));
    }

    @Test
    void anAttestorIsNamedByAHashOrAVerifyUrlEndingInOne() {
        assertEquals(new AttestorReference(LIU, Optional.empty()), AttestorReference.parse(LIU));
        assertEquals(new AttestorReference(LIU, Optional.of("aws.training")),
                AttestorReference.parse("https://aws.training/cred/jl-mls-2025/" + LIU));
        assertEquals(new AttestorReference(LIU, Optional.of("aws.training")),
                AttestorReference.parse("verify:aws.training/cred/jl-mls-2025/" + LIU));
        assertThrows(IllegalArgumentException.class, () -> AttestorReference.parse("verify:aws.training/cred/jl-mls-2025"));
        assertThrows(IllegalArgumentException.class, () -> new Attestor(LIU, " ", "a claim"));
    }
}
