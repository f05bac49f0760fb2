package dev.microcred.issuer.ingress.api;

import dev.microcred.issuer.account.access.IssuerKeyRequired;
import dev.microcred.issuer.ingress.AuthorizedPlatform;
import dev.microcred.issuer.ingress.service.AuthorizedPlatforms;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
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

    @GET
    public List<AuthorizedPlatform> list(@PathParam("issuerId") String issuerId) {
        return platforms.of(issuerId);
    }

    @PUT
    @Path("/{platformId}")
    public AuthorizedPlatform authorize(@PathParam("issuerId") String issuerId, @PathParam("platformId") String platformId) {
        return platforms.authorize(issuerId, platformId);
    }

    @DELETE
    @Path("/{platformId}")
    public Response withdraw(@PathParam("issuerId") String issuerId, @PathParam("platformId") String platformId) {
        platforms.withdraw(issuerId, platformId);
        return Response.noContent().build();
    }
}
