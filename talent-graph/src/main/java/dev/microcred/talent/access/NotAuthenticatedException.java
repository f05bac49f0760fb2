package dev.microcred.talent.access;

/** The request carries no token, or one that opens nothing: a holder token for a portfolio, an operator token. */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException(String message) {
        super(message);
    }
}
