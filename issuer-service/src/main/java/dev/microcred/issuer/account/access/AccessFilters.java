package dev.microcred.issuer.account.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link AccessPolicy} to annotated endpoints before anything else happens, so an
 * unauthenticated caller learns nothing about the body or the data (401/403/404 come first).
 */
public class AccessFilters {
    private final AccessPolicy access;

    AccessFilters(AccessPolicy access) {
        this.access = access;
    }

    @OperatorOnly
    @ServerRequestFilter
    public void operator(ContainerRequestContext request) {
        access.requireOperator(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    @IssuerKeyRequired
    @ServerRequestFilter
    public void issuerKey(ContainerRequestContext request, UriInfo uri) {
        access.requireIssuerKey(uri.getPathParameters().getFirst("issuerId"),
                request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
