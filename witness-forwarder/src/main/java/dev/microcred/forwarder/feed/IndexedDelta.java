package dev.microcred.forwarder.feed;

import dev.microcred.forwarder.delta.WireDelta;
import dev.microcred.schemas.StatusDelta;
import java.time.Instant;
import java.util.List;

/** What the index keeps of a status delta: the columns it filters on and the wire JSON. */
public record IndexedDelta(String deltaId, String hash, String issuerId, long issuerSequence,
        List<String> jurisdictions, Instant changedAt,
        String deltaJson) {

    public static IndexedDelta of(StatusDelta delta) {
        return new IndexedDelta(delta.getDeltaId(), delta.getHash(), delta.getIssuerId(), delta.getIssuerSequence(),
                List.copyOf(delta.getJurisdictions()), delta.getChangedAt(), WireDelta.of(delta));
    }
}
