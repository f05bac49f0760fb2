package dev.microcred.forwarder.feed;

import dev.microcred.schemas.Rejection;

/**
 * A status-deltas record that can never become a StatusDelta: not in the registry's wire format,
 * an unknown schema id, bytes that do not decode, or a schema that does not resolve to StatusDelta.
 * Its message is the reason recorded on the rejection topic ({@link Rejection#reasonFor}), never
 * the record's content.
 */
public class UnreadableDeltaException extends RuntimeException {

    public UnreadableDeltaException(RuntimeException cause) {
        super(Rejection.reasonFor(cause), cause);
    }
}
