package dev.microcred.witness.ledger.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Errors the framework answers by itself (unknown path, wrong method) get the same problem+json shape. */
public class EmptyErrorFilter {

    @ServerResponseFilter
    public void problemForEmptyErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        response.setEntity(Problem.of("http-" + status, type == null ? "HTTP " + status : type.getReasonPhrase(),
                status, null).at(request.getUriInfo().getPath()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
