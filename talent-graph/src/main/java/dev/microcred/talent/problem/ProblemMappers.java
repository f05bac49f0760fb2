package dev.microcred.talent.problem;

import dev.microcred.support.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.microcred.talent.access.NotAuthenticatedException;
import dev.microcred.talent.db.StorageException;
import dev.microcred.talent.portfolio.Refusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as problem+json (the framework's own, such as an unknown path, through service-support's
 * EmptyErrorFilter). Details name fields and ids, never a credential's text. Nothing is logged.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case INVALID_REQUEST -> 400;
            case ISSUER_UNAVAILABLE -> 503;
            case UNREADABLE_TEXT, FOREIGN_ISSUER, NOT_VERIFIED, UNKNOWN_ATTESTOR_CREDENTIAL -> 422;
        };
        Response response = respond(Problem.of(e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                title(e.kind()), status, e.getMessage()), uri);
        return status == 503 ? Response.fromResponse(response).header("Retry-After", 5).build() : response;
    }

    /**
     * A value the database refuses (SQLState class 22: a NUL in a text, a value too long) is bad input that the
     * checks before it missed: 400. Anything else is the database away: 503, try again.
     */
    @ServerExceptionMapper
    public Response storage(StorageException e, UriInfo uri) {
        if (e.refusedValue()) {
            return respond(Problem.of("unstorable-value", "Unstorable value", 400,
                    "a value in the request cannot be stored (a control character, or too long)"), uri);
        }
        return Response.fromResponse(respond(Problem.of("storage-unavailable", "Storage unavailable", 503,
                "the database did not answer; try again"), uri)).header("Retry-After", 5).build();
    }

    @ServerExceptionMapper
    public Response notHolder(NotAuthenticatedException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("not-authenticated", "Not authenticated", 401, e.getMessage()), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException e, UriInfo uri) {
        // Not Jackson's message: it quotes what was sent, which may be a credential's text.
        return respond(Problem.of("malformed-body", "Malformed request body", 400,
                e instanceof JsonMappingException ? "a field has a wrong type or value" : "the body is not valid JSON"), uri);
    }

    /** Wrong JSON types: Quarkus maps these itself unless we do. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedBody(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return respond(Problem.of("http-" + status, reason(status), status, e.getMessage()), uri);
    }

    private static String title(Refusal.Kind kind) {
        return switch (kind) {
            case UNREADABLE_TEXT -> "Not a verifiable credential text";
            case FOREIGN_ISSUER -> "Not an issuer of this platform";
            case NOT_VERIFIED -> "The issuer does not verify this text";
            case ISSUER_UNAVAILABLE -> "The issuer cannot answer now";
            case UNKNOWN_ATTESTOR_CREDENTIAL -> "An attestor's credential is not one of ours";
            case NOT_FOUND -> "Not found";
            case INVALID_REQUEST -> "Invalid request";
        };
    }

    private static String reason(int status) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return type == null ? "HTTP " + status : type.getReasonPhrase();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath())).build();
    }
}
