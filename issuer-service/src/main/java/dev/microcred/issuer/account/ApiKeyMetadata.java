package dev.microcred.issuer.account;

import java.time.Instant;

/** What is known of an issuer's API key besides its secret, which is never stored. */
public record ApiKeyMetadata(String id, String label, Instant createdAt, Instant revokedAt) {
}
