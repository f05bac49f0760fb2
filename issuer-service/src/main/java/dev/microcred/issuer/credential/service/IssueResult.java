package dev.microcred.issuer.credential.service;

import dev.microcred.issuer.credential.Credential;

/** The credential, and whether it was created just now or replayed for a repeated Idempotency-Key. */
public record IssueResult(Credential credential, boolean replayed) {
}
