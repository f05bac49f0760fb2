package dev.microcred.witness.ledger.audit;

/** Answers 401: the openings of sealed fields are for auditors only. */
public class NotAuditorException extends RuntimeException {
    public NotAuditorException(String message) {
        super(message);
    }
}
