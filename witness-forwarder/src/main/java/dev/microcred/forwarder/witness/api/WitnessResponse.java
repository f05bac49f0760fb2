package dev.microcred.forwarder.witness.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.microcred.forwarder.metrics.DeliveryState;
import java.util.List;

/** A witness without its secrets, with how far each of its delivery modes has come. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WitnessResponse(String id, String displayName, List<String> jurisdictions, PushState push,
        PullState pull) {

    /** {@code cursor} is the last position acknowledged; lag counts matching deltas after it. */
    public record PushState(String url, long cursor, long lagDeltas, long lagSeconds, long parked) {
        static PushState of(String url, DeliveryState s) {
            return new PushState(url, s.cursor(), s.lagDeltas(), s.lagSeconds(), s.parked());
        }
    }

    /** {@code cursor} is the highest position the witness has fetched. */
    public record PullState(String feedPath, long cursor, long lagDeltas, long lagSeconds) {
        static PullState of(String feedPath, DeliveryState s) {
            return new PullState(feedPath, s.cursor(), s.lagDeltas(), s.lagSeconds());
        }
    }
}
