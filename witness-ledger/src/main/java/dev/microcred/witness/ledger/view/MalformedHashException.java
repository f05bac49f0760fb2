package dev.microcred.witness.ledger.view;

/** Answers 400: what was asked about is not a SHA-256 hash in hex. */
public class MalformedHashException extends RuntimeException {
    public MalformedHashException(String hash) {
        super("not 64 hex characters: " + (hash.length() > 80 ? hash.substring(0, 80) + "..." : hash));
    }
}
