package dev.microcred.issuer.problem;

/** Answers 409: the request clashes with existing data, e.g. a second issuer on the same verify base. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
