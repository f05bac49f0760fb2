package dev.microcred.witness.ledger.problem;

import dev.microcred.witness.ledger.audit.NotAuditorException;
import dev.microcred.witness.ledger.db.StorageException;
import dev.microcred.witness.ledger.delta.InvalidDeltaException;
import dev.microcred.witness.ledger.log.NothingWitnessedException;
import dev.microcred.witness.ledger.log.OutOfRangeException;
import dev.microcred.witness.ledger.push.PushDisabledException;
import dev.microcred.witness.ledger.push.PushRejectedException;
import dev.microcred.witness.ledger.view.MalformedHashException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the ledger as problem+json, one mapper per domain exception. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response pushRejected(PushRejectedException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("push-" + e.reason().tag(), "Push refused", 401,
                e.getMessage()), uri)).header("WWW-Authenticate", "Witness-Signature").build();
    }

    @ServerExceptionMapper
    public Response pushDisabled(PushDisabledException e, UriInfo uri) {
        return respond(Problem.of("push-disabled", "Push not accepted", 404, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response notAuditor(NotAuditorException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("not-authenticated", "Not authenticated", 401,
                e.getMessage()), uri)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response invalidDelta(InvalidDeltaException e, UriInfo uri) {
        return respond(Problem.of("invalid-delta", "Invalid delta", 422, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response nothingWitnessed(NothingWitnessedException e, UriInfo uri) {
        return respond(Problem.of("not-witnessed", "Not witnessed", 404, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response outOfRange(OutOfRangeException e, UriInfo uri) {
        return respond(Problem.of("out-of-range", "Out of range", 400, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response malformedHash(MalformedHashException e, UriInfo uri) {
        return respond(Problem.of("malformed-hash", "Malformed hash", 400, e.getMessage()), uri);
    }

    /** The database's message may name tables and values; it goes to the log, not to the caller. */
    @ServerExceptionMapper
    public Response storage(StorageException e, UriInfo uri) {
        LOG.error("database failure", e);
        return respond(Problem.of("storage", "Storage failure", 500, "the ledger could not complete the request"), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        return respond(Problem.of("http-" + status, type == null ? "HTTP " + status : type.getReasonPhrase(), status,
                e.getMessage()), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath())).build();
    }
}
