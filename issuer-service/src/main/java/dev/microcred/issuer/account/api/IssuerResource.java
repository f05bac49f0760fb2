package dev.microcred.issuer.account.api;

import dev.microcred.issuer.account.ApiKey;
import dev.microcred.issuer.account.Issuer;
import dev.microcred.issuer.account.access.OperatorOnly;
import dev.microcred.issuer.account.service.IssuerService;
import dev.microcred.issuer.document.TextLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * Issuers and their API keys, managed by operators (admin token). Turning the privacy salt off is
 * an operator's act too: without the serial, a text built from guessable fields can be found from
 * its hash by whoever sees the hash (witnesses among them), so an issuer's key alone must not do it.
 */
@Path("/api/v1/issuers")
public class IssuerResource {
    private final IssuerService service;
    private final Clock clock;

    IssuerResource(IssuerService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @POST
    @OperatorOnly
    public Response create(@Valid @NotNull IssuerRequest request) {
        IssuerService.Created created = service.create(request.toIssuer());
        Issuer issuer = created.issuer();
        return Response.created(URI.create("/api/v1/issuers/" + issuer.id()))
                .entity(IssuerResponse.of(issuer, ApiKeyResponse.created(created.firstKey(), "initial", clock.instant()))).build();
    }

    @GET
    @Path("/{issuerId}")
    @OperatorOnly
    public IssuerResponse get(@PathParam("issuerId") String issuerId) {
        return IssuerResponse.of(service.find(issuerId), null);
    }

    @PUT
    @Path("/{issuerId}/privacy-salt")
    @OperatorOnly
    public IssuerResponse privacySalt(@PathParam("issuerId") String issuerId, @Valid @NotNull PrivacySaltRequest request) {
        return IssuerResponse.of(service.turnSerialOff(issuerId, request.serialOff()), null);
    }

    @POST
    @Path("/{issuerId}/api-keys")
    @OperatorOnly
    public Response createKey(@PathParam("issuerId") String issuerId,
            @QueryParam("label") @Size(max = 100) @TextLine String label) {
        ApiKey key = service.createKey(issuerId, label);
        return Response.status(Response.Status.CREATED).entity(ApiKeyResponse.created(key, label, clock.instant())).build();
    }

    @GET
    @Path("/{issuerId}/api-keys")
    @OperatorOnly
    public List<ApiKeyResponse> keys(@PathParam("issuerId") String issuerId) {
        return service.keys(issuerId).stream().map(ApiKeyResponse::of).toList();
    }

    @DELETE
    @Path("/{issuerId}/api-keys/{keyId}")
    @OperatorOnly
    public Response revokeKey(@PathParam("issuerId") String issuerId, @PathParam("keyId") String keyId) {
        service.revokeKey(issuerId, keyId);
        return Response.noContent().build();
    }
}
