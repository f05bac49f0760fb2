package dev.microcred.status.verify;

import dev.microcred.status.lookup.Lookup;
import dev.microcred.status.lookup.StatusLookup;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The public live-verify endpoint, to the letter of the protocol: {@code GET /<verify path>/<sha256>}
 * answers 200 {@code OK} (plain text on request) or {"status":"OK"}, 200 with EXPIRED, SUPERSEDED or
 * REVOKED, 404 for unknown, deleted or wrongly-bound hashes, 400 for a malformed hash, 503 with
 * Retry-After when the store cannot answer. No claim data, no redirects, CORS open to all.
 * Any instance answers for any hash: {@link StatusLookup} fetches the view from the instance that
 * holds it, and the answer is built here from that view exactly as for a hash held locally.
 */
@Path("/")
public class VerifyResource {
    private static final String CORS = "Access-Control-Allow-Origin";
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final String VARY = "Accept, Host, X-Forwarded-Host";

    private final StatusLookup lookup;
    private final IssuerLookup issuers;
    private final Clock clock;

    VerifyResource(StatusLookup lookup, IssuerLookup issuers, Clock clock) {
        this.lookup = lookup;
        this.issuers = issuers;
        this.clock = clock;
    }

    @GET
    @Path("{path: .+}")
    public Response verify(@PathParam("path") String path, @HeaderParam(HttpHeaders.HOST) String host,
            @HeaderParam("X-Forwarded-Host") String forwardedHost, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        VerifyRequest request = VerifyRequest.of(path, host, forwardedHost);
        if (request.asksForMetadata()) {
            return metadata(issuers.issuerAt(request.host(), request.directory()));
        }
        if (!request.hasWellFormedHash()) {
            return status(400);
        }
        return toHttp(answer(request), accept);
    }

    private Response metadata(IssuerLookup.IssuerMatch match) {
        if (match instanceof IssuerLookup.IssuerMatch.Found found) {
            return public200(VerificationMeta.of(found.issuer()), MediaType.APPLICATION_JSON_TYPE, 300);
        }
        return match instanceof IssuerLookup.IssuerMatch.NotReady ? notReady(RETRY_AFTER_SECONDS) : status(404);
    }

    @OPTIONS
    @Path("{path: .+}")
    public Response preflight() {
        return Response.noContent().header(CORS, "*").header("Access-Control-Allow-Methods", "GET, OPTIONS")
                .header("Access-Control-Allow-Headers", "*").header("Access-Control-Max-Age", "86400").build();
    }

    private VerifyAnswer answer(VerifyRequest request) {
        Lookup found = lookup.find(request.hash());
        if (found instanceof Lookup.Found view) {
            return DomainBinding.answer(view.view(), request.host(), request.directory(), LocalDate.now(clock));
        }
        return found instanceof Lookup.NotReady
                ? new VerifyAnswer.NotReady(RETRY_AFTER_SECONDS) : new VerifyAnswer.Unknown();
    }

    private Response toHttp(VerifyAnswer answer, String accept) {
        if (answer instanceof VerifyAnswer.Valid) {
            boolean plain = accept != null && accept.contains(MediaType.TEXT_PLAIN) && !accept.contains(MediaType.APPLICATION_JSON);
            return plain ? public200("OK", MediaType.TEXT_PLAIN_TYPE, 30)
                    : public200(Map.of("status", "OK"), MediaType.APPLICATION_JSON_TYPE, 30);
        }
        if (answer instanceof VerifyAnswer.Changed changed) {
            return public200(Map.of("status", changed.status()), MediaType.APPLICATION_JSON_TYPE, 30);
        }
        if (answer instanceof VerifyAnswer.NotReady notReady) {
            return notReady(notReady.retryAfterSeconds());
        }
        return status(404);
    }

    /** Statuses change: caches may keep an answer briefly, never long, and apart per host and format. */
    private static Response public200(Object body, MediaType type, int maxAgeSeconds) {
        return Response.ok(body, type).header(CORS, "*").header(HttpHeaders.VARY, VARY)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds).build();
    }

    private static Response notReady(int retryAfterSeconds) {
        return Response.status(503).header(CORS, "*").header("Retry-After", retryAfterSeconds)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static Response status(int code) {
        return Response.status(code).header(CORS, "*").header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
