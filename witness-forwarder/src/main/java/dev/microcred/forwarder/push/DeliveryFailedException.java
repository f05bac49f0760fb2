package dev.microcred.forwarder.push;

/**
 * One failed attempt: any answer but 200 with a receipt per delta, a timeout, or receipts that
 * could not be recorded. The message is stored as last_error, so it never holds a payload.
 */
public class DeliveryFailedException extends Exception {
    public DeliveryFailedException(String message) {
        super(message);
    }
}
