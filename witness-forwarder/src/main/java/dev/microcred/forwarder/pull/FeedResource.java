package dev.microcred.forwarder.pull;

import dev.microcred.forwarder.access.RequestLimits;
import dev.microcred.forwarder.feed.FeedIndex;
import dev.microcred.forwarder.feed.FeedRow;
import dev.microcred.forwarder.witness.UnknownWitnessException;
import dev.microcred.forwarder.witness.Witness;
import dev.microcred.forwarder.witness.WitnessSecrets;
import dev.microcred.forwarder.witness.persistence.WitnessStore;
import dev.microcred.support.access.AccessDeniedException;
import dev.microcred.support.access.Bearer;
import dev.microcred.support.access.NotAuthenticatedException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pull feed of docs/witnessing.md §3. The token is checked first (401), so nobody without
 * one learns which witnesses exist. Long-polls re-read the index every poll-interval on a worker
 * thread; the feed keeps no session, only the highest cursor served, for the lag metric.
 */
@Path("/feeds/{witnessId}")
public class FeedResource {
    public static final String NDJSON = "application/x-ndjson";

    private final WitnessStore witnesses;
    private final FeedIndex feed;
    private final PullCursorStore cursors;
    private final Duration pollInterval;
    private final RequestLimits limits;

    FeedResource(WitnessStore witnesses, FeedIndex feed, PullCursorStore cursors,
            @ConfigProperty(name = "forwarder.pull.poll-interval") Duration pollInterval, RequestLimits limits) {
        this.limits = limits;
        this.witnesses = witnesses;
        this.feed = feed;
        this.cursors = cursors;
        this.pollInterval = pollInterval;
    }

    @GET
    @Produces(NDJSON)
    public Response read(@PathParam("witnessId") String witnessId, @QueryParam("after") String after,
            @QueryParam("limit") String limit, @QueryParam("wait") String wait,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) throws InterruptedException {
        Witness witness = authorize(witnessId, authorization);
        limits.takeFeed(witness.id());
        FeedQuery query = FeedQuery.parse(after, limit, wait);
        List<FeedRow> rows = poll(witness, query);
        if (!rows.isEmpty()) {
            cursors.fetched(witness.id(), rows.get(rows.size() - 1).position());
        }
        String body = rows.stream()
                .map(r -> "{\"cursor\":\"" + r.position() + "\",\"delta\":" + r.deltaJson() + "}\n")
                .collect(Collectors.joining());
        return Response.ok(body, NDJSON).build();
    }

    private Witness authorize(String witnessId, String authorization) {
        String holder = witnesses.idByFeedToken(WitnessSecrets.sha256(Bearer.token(authorization)))
                .orElseThrow(() -> new NotAuthenticatedException("the feed token is not valid"));
        Witness witness = witnesses.find(witnessId).filter(Witness::pull)
                .orElseThrow(() -> new UnknownWitnessException(witnessId));
        if (!holder.equals(witness.id())) {
            throw new AccessDeniedException("this feed token belongs to another witness");
        }
        return witness;
    }

    private List<FeedRow> poll(Witness witness, FeedQuery query) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(query.waitSeconds()).toNanos();
        List<FeedRow> rows = feed.after(query.after(), witness.jurisdictions(), query.limit());
        while (rows.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(pollInterval.toMillis());
            rows = feed.after(query.after(), witness.jurisdictions(), query.limit());
        }
        return rows;
    }
}
