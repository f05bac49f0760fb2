package dev.microcred.forwarder.metrics;

import dev.microcred.forwarder.feed.FeedIndex;
import dev.microcred.forwarder.feed.Lag;
import dev.microcred.forwarder.pull.PullCursorStore;
import dev.microcred.forwarder.push.DeliveryStore;
import dev.microcred.forwarder.witness.Witness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Computes {@link DeliveryState} from the cursors and the feed index; read by the API and the gauges. */
@ApplicationScoped
public class DeliveryMonitor {
    private final FeedIndex feed;
    private final DeliveryStore push;
    private final PullCursorStore pull;
    private final Clock clock = Clock.systemUTC();

    DeliveryMonitor(FeedIndex feed, DeliveryStore push, PullCursorStore pull) {
        this.feed = feed;
        this.push = push;
        this.pull = pull;
    }

    public DeliveryState push(Witness witness) {
        long cursor = push.cursor(witness.id());
        return state(witness, cursor, push.openParked(witness.id()).size());
    }

    public DeliveryState pull(Witness witness) {
        return state(witness, pull.cursor(witness.id()), 0);
    }

    private DeliveryState state(Witness witness, long cursor, long parked) {
        Lag lag = feed.lag(cursor, witness.jurisdictions());
        Instant now = clock.instant();
        return new DeliveryState(cursor, lag.deltas(), lag.seconds(now), parked);
    }
}
