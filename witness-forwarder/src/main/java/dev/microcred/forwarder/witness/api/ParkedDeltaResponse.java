package dev.microcred.forwarder.witness.api;

import dev.microcred.forwarder.push.ParkedDelta;
import java.time.Instant;

/** One parked delta: ids and failure facts only, never the payload. */
public record ParkedDeltaResponse(String deltaId, String hash, long position, Instant parkedAt, int attempts,
        String lastError) {

    static ParkedDeltaResponse of(ParkedDelta p) {
        return new ParkedDeltaResponse(p.deltaId(), p.hash(), p.position(), p.parkedAt(), p.attempts(), p.lastError());
    }
}
