package dev.microcred.talent.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the issuer's status stream last said about one hash: public, structured facts and no personal data, the same
 * a witness firm receives. Kept current from status-deltas, so a portfolio shows a revocation as soon as it is
 * consumed.
 *
 * @param issuerSequence the issuer's gap-free counter: of two deltas for one hash, the higher is the later
 */
public record CredentialFacts(String hash, String issuerId, String issuerDomain, String state, String documentType,
        String credentialCode, String level, Instant issuedAt, LocalDate validUntil, Instant changedAt,
        long issuerSequence) {

    /** As status-stream answers: valid through the validUntil day (UTC), EXPIRED from the next day. */
    public Status statusAt(Instant now) {
        Status recorded = Status.valueOf(state);
        if (recorded == Status.VALID && validUntil != null
                && LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(validUntil)) {
            return Status.EXPIRED;
        }
        return recorded;
    }
}
