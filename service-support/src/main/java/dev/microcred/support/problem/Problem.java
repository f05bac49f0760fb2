package dev.microcred.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * RFC 9457 problem details, with field-level {@code errors} for invalid bodies. {@code type} is a
 * stable URN per kind of problem, so clients can branch on it without parsing {@code detail}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(String kind, String title, int status, String detail) {
        return new Problem("urn:microcred:problem:" + kind, title, status, detail, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** This problem as the answer to the request at {@code uri}, with its status and media type. */
    public Response response(UriInfo uri) {
        return Response.status(status).type(MEDIA_TYPE).entity(at(uri.getPath())).build();
    }

    /** The status line's reason phrase, or "HTTP 418" for a code without one. */
    public static String reason(int status) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return type == null ? "HTTP " + status : type.getReasonPhrase();
    }
}
