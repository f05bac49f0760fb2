package dev.microcred.witness.ledger.delta;

/** Answers 422 for the whole batch: one delta breaks the contract, so none of the batch is witnessed. */
public class InvalidDeltaException extends RuntimeException {
    public InvalidDeltaException(String message) {
        super(message);
    }
}
