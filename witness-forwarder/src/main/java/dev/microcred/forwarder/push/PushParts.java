package dev.microcred.forwarder.push;

import dev.microcred.forwarder.feed.FeedIndex;
import dev.microcred.forwarder.metrics.WitnessMetrics;
import java.time.Clock;

/** What every push worker shares: the feed, its progress stores, the receipt producer, metrics and settings. */
public record PushParts(FeedIndex feed, DeliveryStore store, RedriveRequests redrives, ReceiptPublisher receipts,
        WitnessMetrics metrics, PushConfig config, Backoff backoff, Clock clock) {
}
