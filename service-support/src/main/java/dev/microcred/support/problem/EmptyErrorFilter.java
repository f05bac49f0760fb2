package dev.microcred.support.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Errors the framework answers by itself (a body that is not JSON at all, an unknown path, a
 * wrong method) come without a body; this gives them the same problem+json shape as ours.
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
        String detail = status == 400 ? "the request body is not valid JSON of the expected shape" : null;
        response.setEntity(Problem.of("http-" + status, title, status, detail).at(request.getUriInfo().getPath()),
                null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
