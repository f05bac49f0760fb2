package dev.microcred.issuer.credential.service;

import dev.microcred.issuer.document.CredentialContent;
import java.time.LocalDate;

/**
 * A request to issue: the content, where it verifies, until when, and a fingerprint of the
 * original body so that a replayed Idempotency-Key with a different body is caught.
 */
public record IssueCommand(CredentialContent content, String pathSegment, LocalDate validUntil,
        String fieldsJson, String fingerprint, String idempotencyKey) {
}
