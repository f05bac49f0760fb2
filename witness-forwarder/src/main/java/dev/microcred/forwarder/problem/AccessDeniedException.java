package dev.microcred.forwarder.problem;

/** Answers 403: a valid feed token used on another witness's feed. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
