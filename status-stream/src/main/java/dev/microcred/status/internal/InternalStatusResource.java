package dev.microcred.status.internal;

import dev.microcred.schemas.CredentialStatus;
import dev.microcred.status.verify.StatusLookup;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * For the issuer's own tools: the whole status view of a hash (reason, replacement, dates),
 * behind a bearer token. It shares the port of the public endpoint, so the proxy in front of the
 * verify domains should not route /internal to the internet.
 */
@Path("/internal/v1/status")
public class InternalStatusResource {
    private final StatusLookup lookup;
    private final byte[] token;
    private final Clock clock;

    InternalStatusResource(StatusLookup lookup, @ConfigProperty(name = "status.internal-token") String token, Clock clock) {
        this.lookup = lookup;
        this.token = token.getBytes(StandardCharsets.UTF_8);
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
        if (authorization == null || !MessageDigest.isEqual(("Bearer " + new String(token, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8), authorization.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(401).header("WWW-Authenticate", "Bearer").build();
        }
        StatusLookup.Lookup found = lookup.find(hash.toLowerCase());
        if (found instanceof StatusLookup.Lookup.NotReady) {
            return Response.status(503).header("Retry-After", 5).build();
        }
        if (!(found instanceof StatusLookup.Lookup.Found view)) {
            return Response.status(404).build();
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
