package dev.microcred.forwarder.witness;

/** Answers 409: a witness with this id is already registered (ids are never reused). */
public class DuplicateWitnessException extends RuntimeException {
    public DuplicateWitnessException(String id) {
        super("witness " + id + " is already registered");
    }
}
