package dev.microcred.status.kafka;

/**
 * A record could not be handled now for a reason that passes (the registry away, the rejection
 * topic not writable): the stream thread must fail without skipping it, and be replaced, so the
 * record is read again from the committed offset.
 */
public class ReadAgainLater extends RuntimeException {
    public ReadAgainLater(String message, Throwable cause) {
        super(message, cause);
    }
}
