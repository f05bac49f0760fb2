package dev.microcred.issuer.issuer.api;

import dev.microcred.issuer.access.AccessPolicy;
import dev.microcred.issuer.issuer.ApiKey;
import dev.microcred.issuer.issuer.Issuer;
import dev.microcred.issuer.issuer.IssuerService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/** Issuers and their API keys. Operators (admin token) manage them; an issuer may set its own privacy salt. */
@Path("/api/v1/issuers")
public class IssuerResource {
    private final IssuerService service;
    private final AccessPolicy access;
    private final Clock clock;

    IssuerResource(IssuerService service, AccessPolicy access, Clock clock) {
        this.service = service;
        this.access = access;
        this.clock = clock;
    }

    @POST
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @NotNull IssuerRequest request) {
        access.requireOperator(authorization);
        Issuer issuer = service.create(request.toIssuer());
        ApiKey key = service.createKey(issuer.id(), "initial");
        return Response.created(URI.create("/api/v1/issuers/" + issuer.id()))
                .entity(IssuerResponse.of(issuer, ApiKeyResponse.created(key, "initial", clock.instant()))).build();
    }

    @GET
    @Path("/{issuerId}")
    public IssuerResponse get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("issuerId") String issuerId) {
        access.requireOperator(authorization);
        return IssuerResponse.of(service.find(issuerId), null);
    }

    @PUT
    @Path("/{issuerId}/privacy-salt")
    public IssuerResponse privacySalt(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("issuerId") String issuerId, @Valid @NotNull PrivacySaltRequest request) {
        access.requireIssuerKey(issuerId, authorization);
        Issuer current = service.find(issuerId);
        Issuer updated = new Issuer(current.id(), current.displayName(), current.verifyBase(), current.jurisdictions(),
                current.dateStyle(), request.serialOff());
        return IssuerResponse.of(service.update(updated), null);
    }

    @POST
    @Path("/{issuerId}/api-keys")
    public Response createKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("issuerId") String issuerId, @QueryParam("label") String label) {
        access.requireOperator(authorization);
        ApiKey key = service.createKey(issuerId, label);
        return Response.status(Response.Status.CREATED).entity(ApiKeyResponse.created(key, label, clock.instant())).build();
    }

    @GET
    @Path("/{issuerId}/api-keys")
    public List<ApiKeyResponse> keys(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("issuerId") String issuerId) {
        access.requireOperator(authorization);
        return service.keys(issuerId).stream().map(ApiKeyResponse::of).toList();
    }

    @DELETE
    @Path("/{issuerId}/api-keys/{keyId}")
    public Response revokeKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("issuerId") String issuerId, @PathParam("keyId") String keyId) {
        access.requireOperator(authorization);
        service.revokeKey(issuerId, keyId);
        return Response.noContent().build();
    }
}
