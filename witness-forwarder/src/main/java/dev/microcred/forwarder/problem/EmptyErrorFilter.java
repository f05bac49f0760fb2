package dev.microcred.forwarder.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Errors the framework answers by itself (a body that is not JSON, an unknown path, a wrong
 * method) come without a body; this gives them the same problem+json shape as ours.
 */
public class EmptyErrorFilter {

    @ServerResponseFilter
    public void problemForEmptyErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        response.setEntity(Problem.of("http-" + status, title, status, null).at(request.getUriInfo().getPath()),
                null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
