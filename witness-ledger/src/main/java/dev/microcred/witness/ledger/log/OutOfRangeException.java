package dev.microcred.witness.ledger.log;

/** Answers 400: a proof or page asked about leaves or sizes the log does not have (yet). */
public class OutOfRangeException extends RuntimeException {
    public OutOfRangeException(String message) {
        super(message);
    }
}
