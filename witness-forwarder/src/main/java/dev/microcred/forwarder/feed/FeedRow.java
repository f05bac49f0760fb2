package dev.microcred.forwarder.feed;

/** One indexed delta: its position in the feed (the cursor) and the receipt fields and its wire JSON. */
public record FeedRow(long position, String deltaId, String hash, String issuerId, long issuerSequence,
        String deltaJson) {
}
