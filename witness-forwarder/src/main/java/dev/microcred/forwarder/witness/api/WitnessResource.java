package dev.microcred.forwarder.witness.api;

import dev.microcred.forwarder.access.OperatorOnly;
import dev.microcred.forwarder.metrics.DeliveryMonitor;
import dev.microcred.forwarder.push.DeliveryStore;
import dev.microcred.forwarder.push.RedriveRequests;
import dev.microcred.forwarder.witness.InvalidRegistrationException;
import dev.microcred.forwarder.witness.UnknownWitnessException;
import dev.microcred.forwarder.witness.Violation;
import dev.microcred.forwarder.witness.Witness;
import dev.microcred.forwarder.witness.persistence.WitnessStore;
import dev.microcred.forwarder.witness.service.Registered;
import dev.microcred.forwarder.witness.service.WitnessRegistrar;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Operator API: register and unregister witnesses, rotate their secrets, watch their delivery, and
 * re-drive what was parked. Served by every instance, leader or not: it only reads and writes the
 * database (the leader notices an unregistered or re-keyed push witness at its next batch or check).
 */
@Path("/api/v1/witnesses")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class WitnessResource {
    private final WitnessRegistrar registrar;
    private final WitnessStore witnesses;
    private final DeliveryMonitor monitor;
    private final DeliveryStore deliveries;
    private final RedriveRequests redrives;

    WitnessResource(WitnessRegistrar registrar, WitnessStore witnesses, DeliveryMonitor monitor,
            DeliveryStore deliveries, RedriveRequests redrives) {
        this.registrar = registrar;
        this.witnesses = witnesses;
        this.monitor = monitor;
        this.deliveries = deliveries;
        this.redrives = redrives;
    }

    @POST
    public Response register(RegisterWitnessRequest request) {
        if (request == null) {
            throw new InvalidRegistrationException(List.of(new Violation("body", "a registration is required")));
        }
        Registered registered = registrar.register(request.toRegistration());
        return Response.created(URI.create("/api/v1/witnesses/" + registered.witness().id()))
                .entity(RegisteredWitnessResponse.of(registered)).build();
    }

    @GET
    public List<WitnessResponse> list() {
        return witnesses.all().stream().map(this::response).toList();
    }

    @GET
    @Path("/{id}")
    public WitnessResponse get(@PathParam("id") String id) {
        return response(require(id));
    }

    @GET
    @Path("/{id}/parked")
    public List<ParkedDeltaResponse> parked(@PathParam("id") String id) {
        return deliveries.openParked(require(id).id()).stream().map(ParkedDeltaResponse::of).toList();
    }

    /** Any instance takes the request; the leader's worker for the witness acts on it (see RedriveRequests). */
    @POST
    @Path("/{id}/parked/redrive")
    public Response redrive(@PathParam("id") String id) {
        return Response.accepted(new RedriveResponse(redrives.request(require(id).id()))).build();
    }

    /** Stops pushing to it and serving its feed; its id stays taken, its history and receipts kept. */
    @DELETE
    @Path("/{id}")
    public Response unregister(@PathParam("id") String id) {
        registrar.unregister(id);
        return Response.noContent().build();
    }

    /** A new feed token, shown once; the old one keeps working for forwarder.pull.token-overlap. */
    @POST
    @Path("/{id}/feed-token")
    public RotatedFeedTokenResponse rotateFeedToken(@PathParam("id") String id) {
        WitnessRegistrar.RotatedFeedToken rotated = registrar.rotateFeedToken(id);
        return new RotatedFeedTokenResponse(rotated.feedToken(), rotated.previousValidFor().toSeconds());
    }

    /**
     * Signs the next pushes with the given secret, or a new one (shown once). Give the ledger both
     * secrets first ({@code LEDGER_PUSH_SECRET=old,new}), then call this, then drop the old one there.
     */
    @POST
    @Path("/{id}/push-secret")
    @Consumes(MediaType.APPLICATION_JSON)
    public PushSecretResponse replacePushSecret(@PathParam("id") String id, PushSecretRequest request) {
        return new PushSecretResponse(registrar.replacePushSecret(id, request == null ? null : request.pushSecret()));
    }

    public record RotatedFeedTokenResponse(String feedToken, long previousTokenValidForSeconds) {
    }

    public record PushSecretRequest(String pushSecret) {
    }

    public record PushSecretResponse(String pushSecret) {
    }

    private Witness require(String id) {
        return witnesses.find(id).orElseThrow(() -> new UnknownWitnessException(id));
    }

    private WitnessResponse response(Witness w) {
        return new WitnessResponse(w.id(), w.displayName(), w.jurisdictions(),
                w.pushUrl().map(url -> WitnessResponse.PushState.of(url.toString(), monitor.push(w))).orElse(null),
                w.pull() ? WitnessResponse.PullState.of("/feeds/" + w.id(), monitor.pull(w)) : null);
    }
}
