package dev.microcred.support.access;

/**
 * The request carries no bearer token, or one that opens nothing here. Answered as 401
 * problem+json with {@code WWW-Authenticate: Bearer} by {@link dev.microcred.support.problem.AccessProblems}.
 */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException(String message) {
        super(message);
    }
}
