package dev.microcred.issuer.credential;

/** Answers 422: an Idempotency-Key was sent again with a different request body. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was already used for a different request");
    }
}
