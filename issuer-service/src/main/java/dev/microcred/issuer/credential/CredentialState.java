package dev.microcred.issuer.credential;

/** Stored state of a credential. EXPIRED is not stored: it follows from validUntil, see {@link Lifecycle#status}. */
public enum CredentialState {
    VALID, REVOKED, SUPERSEDED, DELETED
}
