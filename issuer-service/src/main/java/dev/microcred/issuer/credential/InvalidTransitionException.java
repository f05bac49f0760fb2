package dev.microcred.issuer.credential;

/** Answers 409: the credential's state does not allow the change, e.g. revoking a deleted credential. */
public class InvalidTransitionException extends RuntimeException {
    public InvalidTransitionException(String message) {
        super(message);
    }
}
