package dev.microcred.support.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Errors the framework answers by itself (a body that is not JSON at all, an unknown path, a
 * wrong method) come without a body; this gives them the same problem+json shape as ours.
 *
 * <p>Every service depending on this module gets it. A service whose empty error answers are
 * a contract turns it off with {@code support.problem.framework-errors=false}: status-stream,
 * whose public verify endpoint answers 404, 400 and 503 with no body, as live-verify clients expect.
 */
public class EmptyErrorFilter {

    private final boolean enabled;

    EmptyErrorFilter(@ConfigProperty(name = "support.problem.framework-errors", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    @ServerResponseFilter
    public void problemForEmptyErrors(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (!enabled || status < 400 || response.hasEntity()) {
            return;
        }
        String detail = status == 400 ? "the request body is not valid JSON of the expected shape" : null;
        response.setEntity(Problem.of("http-" + status, Problem.reason(status), status, detail).at(request.getUriInfo().getPath()),
                null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
