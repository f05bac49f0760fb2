package dev.microcred.issuer.credential;

/** Why an issuer withdrew a credential. A code, never free text: it travels to witnesses. */
public enum RevocationReason {
    ISSUED_IN_ERROR, FRAUD, MISCONDUCT, ASSESSMENT_INVALIDATED, ISSUER_POLICY, HOLDER_REQUEST, OTHER
}
