package dev.microcred.issuer.credential;

/** Answers 404: no credential with this id at this issuer. */
public class UnknownCredentialException extends RuntimeException {
    public UnknownCredentialException(String credentialId) {
        super("unknown credential " + credentialId);
    }
}
