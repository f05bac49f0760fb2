package dev.microcred.issuer.problem;

import dev.microcred.support.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared body over {@code issuer.max-body-bytes} (bulk requests:
 * {@code issuer.bulk.max-body-bytes}) with a 413 problem before it is read.
 * The HTTP layer's own limit (quarkus.http.limits.max-body-size) stays as the backstop for bodies
 * sent without a length; it answers a bare 413.
 */
public class BodySizeLimit {
    private final long maxBytes;
    private final long maxBulkBytes;

    BodySizeLimit(@ConfigProperty(name = "issuer.max-body-bytes") long maxBytes,
            @ConfigProperty(name = "issuer.bulk.max-body-bytes") long maxBulkBytes) {
        this.maxBytes = maxBytes;
        this.maxBulkBytes = maxBulkBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        long limit = request.getUriInfo().getPath().endsWith("/credentials/bulk") ? maxBulkBytes : maxBytes;
        if (request.getLength() <= limit) {
            return null;
        }
        Problem problem = Problem.of("body-too-large", "Request body too large", 413,
                "the body has " + request.getLength() + " bytes; at most " + limit + " are accepted")
                .at(request.getUriInfo().getPath());
        return Response.status(413).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(problem).build();
    }
}
