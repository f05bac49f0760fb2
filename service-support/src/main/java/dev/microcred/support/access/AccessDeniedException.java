package dev.microcred.support.access;

/** The caller is known, but the token belongs to someone else (another issuer, another witness): 403. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
