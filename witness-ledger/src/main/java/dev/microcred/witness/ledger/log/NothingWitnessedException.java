package dev.microcred.witness.ledger.log;

/** Answers 404: the log holds nothing for what was asked (an empty log, an unknown hash or checkpoint size). */
public class NothingWitnessedException extends RuntimeException {
    public NothingWitnessedException(String message) {
        super(message);
    }
}
