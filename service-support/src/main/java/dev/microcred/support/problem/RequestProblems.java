package dev.microcred.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bodies Jackson cannot read and the framework's HTTP exceptions, as problem+json. A body error
 * names the field at fault, never the value sent. With {@code support.problem.framework-errors=false}
 * (see {@link EmptyErrorFilter}) these answers keep the framework's empty shape.
 */
public class RequestProblems {
    private final boolean enabled;

    RequestProblems(@ConfigProperty(name = "support.problem.framework-errors", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException e, UriInfo uri) {
        if (!enabled) {
            return Response.status(400).build();
        }
        Problem problem = Problem.of("malformed-body", "Malformed request body", 400, MalformedBody.detail(e));
        return MalformedBody.field(e)
                .map(field -> problem.withErrors(List.of(new Problem.FieldError(field, "has a wrong type or value"))))
                .orElse(problem).response(uri);
    }

    /** Wrong JSON types and unknown type ids: Quarkus maps these itself unless we do. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (!enabled) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        return Problem.of("http-" + status, Problem.reason(status), status, e.getMessage()).response(uri);
    }
}
