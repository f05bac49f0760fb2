package dev.microcred.issuer.outbox.relay;

import java.util.UUID;

/** An outbox row as the relay needs it: detached from the persistence context. */
record PendingEvent(long sequence, UUID eventId, String topic, String key, byte[] payload) {
}
