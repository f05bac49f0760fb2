package dev.microcred.issuer.problem;

/** Answers 403: a valid key, but for another issuer. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
