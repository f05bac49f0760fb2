package dev.microcred.forwarder.problem;

/** Answers 401: no token, or a token that matches neither the operator nor any witness's feed. */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException(String message) {
        super(message);
    }
}
