package dev.microcred.witness.ledger.pull;

import com.fasterxml.jackson.databind.JsonNode;

/** One line of a subscription feed: an opaque cursor and the wire delta at it. */
public record FeedLine(String cursor, JsonNode delta) {
}
