package dev.microcred.talent.problem;

import dev.microcred.support.problem.Problem;
import dev.microcred.talent.db.StorageException;
import dev.microcred.talent.portfolio.Refusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as problem+json: these are talent-graph's own; service-support maps 401, 403, 429,
 * unreadable bodies and the framework's errors. Details name fields and ids, never a credential's text.
 * Nothing is logged.
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
        Response response = Problem.of(e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                title(e.kind()), status, e.getMessage()).response(uri);
        return status == 503 ? Response.fromResponse(response).header("Retry-After", 5).build() : response;
    }

    /**
     * A value the database refuses (SQLState class 22: a NUL in a text, a value too long) is bad input that the
     * checks before it missed: 400. Anything else is the database away: 503, try again.
     */
    @ServerExceptionMapper
    public Response storage(StorageException e, UriInfo uri) {
        if (e.refusedValue()) {
            return Problem.of("unstorable-value", "Unstorable value", 400,
                    "a value in the request cannot be stored (a control character, or too long)").response(uri);
        }
        return Response.fromResponse(Problem.of("storage-unavailable", "Storage unavailable", 503,
                "the database did not answer; try again").response(uri)).header("Retry-After", 5).build();
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
}
