package dev.microcred.forwarder.witness;

/** Answers 404. */
public class UnknownWitnessException extends RuntimeException {
    public UnknownWitnessException(String id) {
        super("no witness " + id);
    }
}
