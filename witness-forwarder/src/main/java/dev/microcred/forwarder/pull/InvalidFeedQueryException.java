package dev.microcred.forwarder.pull;

/** Answers 400: a cursor, limit or wait the feed does not understand. */
public class InvalidFeedQueryException extends RuntimeException {
    public InvalidFeedQueryException(String message) {
        super(message);
    }
}
