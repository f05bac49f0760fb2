package dev.microcred.status.internal;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.status.lookup.Lookup;
import dev.microcred.status.lookup.StatusLookup;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * For the issuer's own tools: the whole status view of a hash (reason, replacement, dates),
 * behind a bearer token. It shares the port of the public endpoint, so the proxy in front of the
 * verify domains should not route /internal to the internet. Like the public endpoint, it answers
 * for any hash, fetching the view from the instance that holds it.
 */
@Path("/internal/v1/status")
public class InternalStatusResource {
    static final int RETRY_AFTER_SECONDS = 5;
    private final StatusLookup lookup;
    private final BearerTokens token;
    private final Clock clock;

    InternalStatusResource(StatusLookup lookup, @Named(InternalTokens.TOOLS) BearerTokens token, Clock clock) {
        this.lookup = lookup;
        this.token = token;
        this.clock = clock;
    }

    /** The detailed view; EXPIRED is derived as on the public endpoint. */
    public record StatusDetail(String hash, String status, String reason, String supersededBy, String issuerId,
            String issuerDomain, String verifyBasePath, String documentType, String credentialCode, String level,
            String issuedAt, String validUntil, String changedAt, long lastSequence) {
    }

    @GET
    @Path("/{hash}")
    public Response status(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("hash") String hash) {
        if (!token.accepts(authorization)) {
            return InternalProblem.notAuthenticated();
        }
        Lookup found = lookup.find(hash.toLowerCase(Locale.ROOT));
        if (found instanceof Lookup.NotReady) {
            return InternalProblem.notReady(RETRY_AFTER_SECONDS);
        }
        if (!(found instanceof Lookup.Found view)) {
            return InternalProblem.unknownHash();
        }
        return Response.ok(detail(view.view()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private StatusDetail detail(CredentialStatus v) {
        boolean expired = v.getState().name().equals("VALID") && v.getValidUntil() != null
                && LocalDate.now(clock).isAfter(v.getValidUntil());
        return new StatusDetail(v.getHash(), expired ? "EXPIRED" : v.getState().name(),
                v.getReason() == null ? null : v.getReason().name(), v.getSupersededBy(), v.getIssuerId(),
                v.getIssuerDomain(), v.getVerifyBasePath(), v.getDocumentType().name(), v.getCredentialCode(), v.getLevel(),
                v.getIssuedAt().toString(), v.getValidUntil() == null ? null : v.getValidUntil().toString(),
                v.getChangedAt().toString(), v.getLastSequence());
    }
}
