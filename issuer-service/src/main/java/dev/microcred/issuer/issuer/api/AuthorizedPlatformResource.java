package dev.microcred.issuer.issuer.api;

import dev.microcred.issuer.access.IssuerKeyRequired;
import dev.microcred.issuer.issuer.AuthorizedPlatforms;
import dev.microcred.issuer.issuer.persistence.AuthorizedPlatformEntity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The training platforms an issuer lets issue in its name through training.completions, managed with
 * the issuer's own API key. PUT and DELETE are idempotent.
 */
@Path("/api/v1/issuers/{issuerId}/platforms")
@IssuerKeyRequired
public class AuthorizedPlatformResource {
    private final AuthorizedPlatforms platforms;

    AuthorizedPlatformResource(AuthorizedPlatforms platforms) {
        this.platforms = platforms;
    }

    /** One authorized platform, as the API shows it. */
    public record AuthorizedPlatform(String platformId, Instant authorizedAt) {
        static AuthorizedPlatform of(AuthorizedPlatformEntity entry) {
            return new AuthorizedPlatform(entry.platformId(), entry.authorizedAt());
        }
    }

    @GET
    public List<AuthorizedPlatform> list(@PathParam("issuerId") String issuerId) {
        return platforms.of(issuerId).stream().map(AuthorizedPlatform::of).toList();
    }

    @PUT
    @Path("/{platformId}")
    public AuthorizedPlatform authorize(@PathParam("issuerId") String issuerId, @PathParam("platformId") String platformId) {
        return AuthorizedPlatform.of(platforms.authorize(issuerId, platformId));
    }

    @DELETE
    @Path("/{platformId}")
    public Response withdraw(@PathParam("issuerId") String issuerId, @PathParam("platformId") String platformId) {
        platforms.withdraw(issuerId, platformId);
        return Response.noContent().build();
    }
}
