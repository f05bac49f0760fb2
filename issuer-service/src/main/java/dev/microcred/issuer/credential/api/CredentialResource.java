package dev.microcred.issuer.credential.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.issuer.account.access.IssuerKeyRequired;
import dev.microcred.issuer.credential.service.CredentialService;
import dev.microcred.issuer.credential.service.IssueCommand;
import dev.microcred.issuer.credential.service.IssueResult;
import dev.microcred.text.ContentHash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Issuing and the lifecycle of credentials, for holders of the issuer's API key (checked by
 * {@link dev.microcred.issuer.account.access.AccessFilters} before the body is read). Thin: it maps
 * the body to a command and the stored credential to a response; the service owns the rules.
 */
@Path("/api/v1/issuers/{issuerId}/credentials")
@IssuerKeyRequired
public class CredentialResource {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CredentialService service;
    private final ObjectMapper json;
    private final Clock clock;

    CredentialResource(CredentialService service, ObjectMapper json, Clock clock) {
        this.service = service;
        this.json = json;
        this.clock = clock;
    }

    @POST
    public Response issue(@HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey,
            @PathParam("issuerId") String issuerId, @Context UriInfo uri, @Valid @NotNull IssueCredentialRequest request) {
        return created(issuerId, service.issue(issuerId, command(request, idempotencyKey, uri)));
    }

    @GET
    @Path("/{credentialId}")
    public CredentialResponse get(@PathParam("issuerId") String issuerId, @PathParam("credentialId") UUID credentialId) {
        return CredentialResponse.of(service.find(issuerId, credentialId), today());
    }

    @POST
    @Path("/{credentialId}/revoke")
    public CredentialResponse revoke(@PathParam("issuerId") String issuerId, @PathParam("credentialId") UUID credentialId,
            @Valid @NotNull RevokeRequest request) {
        return CredentialResponse.of(service.revoke(issuerId, credentialId, request.reason()), today());
    }

    /** Issues the body as a new credential that replaces this one, which becomes SUPERSEDED. */
    @POST
    @Path("/{credentialId}/supersede")
    public Response supersede(@HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey,
            @PathParam("issuerId") String issuerId, @PathParam("credentialId") UUID credentialId, @Context UriInfo uri,
            @Valid @NotNull IssueCredentialRequest request) {
        return created(issuerId, service.supersede(issuerId, credentialId, command(request, idempotencyKey, uri)));
    }

    /** Erasure: the text and personal data are removed; verify answers 404 from then on. */
    @DELETE
    @Path("/{credentialId}")
    public CredentialResponse delete(@PathParam("issuerId") String issuerId, @PathParam("credentialId") UUID credentialId) {
        return CredentialResponse.of(service.delete(issuerId, credentialId), today());
    }

    /** The fingerprint covers the target too: one key reused on another endpoint or credential is a different request. */
    private IssueCommand command(IssueCredentialRequest request, String idempotencyKey, UriInfo uri) {
        String fields = toJson(request);
        return new IssueCommand(request.toContent(), request.pathSegment(), request.validUntil(), fields,
                ContentHash.sha256Hex("POST " + uri.getPath() + "\n" + fields), idempotencyKey);
    }

    private Response created(String issuerId, IssueResult result) {
        CredentialResponse body = CredentialResponse.of(result.credential(), today());
        URI location = URI.create("/api/v1/issuers/" + issuerId + "/credentials/" + body.id());
        // A replay answers exactly as the first call did, and says that it is one.
        return Response.created(location).entity(body)
                .header("Idempotent-Replayed", result.replayed() ? "true" : null).build();
    }

    private String toJson(IssueCredentialRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the request cannot be stored", e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
