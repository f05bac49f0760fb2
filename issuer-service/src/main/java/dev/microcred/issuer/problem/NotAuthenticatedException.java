package dev.microcred.issuer.problem;

/** Answers 401: no credentials, or credentials that match no operator or key. */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException(String message) {
        super(message);
    }
}
