package dev.microcred.talent.portfolio;

import dev.microcred.talent.facts.CredentialFacts;
import dev.microcred.talent.facts.Status;
import java.time.Instant;
import java.util.Optional;

/**
 * One credential in a holder's portfolio, as stored: its hash and verify line, the claims its verified text makes,
 * the text itself only if the holder consented to keep it, and what the issuer answered when it was added.
 */
public record Holding(String hash, String verifyLine, String issuerId, Claims claims, Optional<String> text,
        Status statusWhenAdded, Instant addedAt) {

    /**
     * The status now: the status stream's latest word on the hash, derived as status-stream derives it. Statuses
     * only move away from VALID, so a stream that lags behind the answer given at adding cannot bring back a VALID.
     */
    public Status statusAt(Optional<CredentialFacts> facts, Instant now) {
        return facts.map(f -> f.statusAt(now))
                .filter(s -> !(s == Status.VALID && statusWhenAdded != Status.VALID))
                .orElse(statusWhenAdded);
    }
}
