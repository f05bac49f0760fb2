package dev.microcred.issuer.credential.service;

import dev.microcred.issuer.credential.persistence.CredentialEntity;

/** The credential, and whether it was created just now or replayed for a repeated Idempotency-Key. */
public record IssueResult(CredentialEntity credential, boolean replayed) {
}
