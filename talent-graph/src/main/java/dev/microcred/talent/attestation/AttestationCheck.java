package dev.microcred.talent.attestation;

import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A peer attestation is only as credible as its attestors, and that is now checkable: each attestor's own credential
 * is looked up in the status stream's facts, and the confidence follows from how many of them verify now, not from
 * what the attestation's text says ("Confidence: High"). HIGH takes three attestors whose credentials verify, MEDIUM
 * two, LOW one; with none it is NONE.
 */
public record AttestationCheck(String hash, Confidence confidence, int attestorsVerified, List<AttestorCheck> attestors) {

    public enum Confidence { NONE, LOW, MEDIUM, HIGH }

    /** An attestor and what the status stream says of their credential now; facts empty if it never reached us. */
    public record AttestorCheck(String credentialHash, String relationship, String claim, boolean verifies,
            Optional<Status> status, Optional<String> issuerDomain, Optional<String> documentType,
            Optional<String> credentialCode, Optional<String> level) {
    }

    public static AttestationCheck of(String hash, List<Attestor> attestors, Map<String, CredentialFacts> facts,
            Instant now) {
        List<AttestorCheck> checks = attestors.stream().map(a -> check(a, Optional.ofNullable(facts.get(a.credentialHash())), now))
                .toList();
        int verified = (int) checks.stream().filter(AttestorCheck::verifies).count();
        return new AttestationCheck(hash, confidence(verified), verified, checks);
    }

    private static AttestorCheck check(Attestor a, Optional<CredentialFacts> facts, Instant now) {
        Optional<Status> status = facts.map(f -> f.statusAt(now));
        return new AttestorCheck(a.credentialHash(), a.relationship(), a.claim(), status.filter(Status::counts).isPresent(),
                status, facts.map(CredentialFacts::issuerDomain), facts.map(CredentialFacts::documentType),
                facts.map(CredentialFacts::credentialCode), facts.map(CredentialFacts::level));
    }

    static Confidence confidence(int verified) {
        return verified >= 3 ? Confidence.HIGH : verified == 2 ? Confidence.MEDIUM
                : verified == 1 ? Confidence.LOW : Confidence.NONE;
    }
}
