package dev.microcred.status.verify;

import dev.microcred.status.lookup.Lookup;
import dev.microcred.status.lookup.StatusLookup;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The public live-verify endpoint, to the letter of the protocol: {@code GET /<verify path>/<sha256>}
 * answers 200 {@code OK} (plain text on request) or {"status":"OK"}, 200 with EXPIRED, SUPERSEDED or
 * REVOKED, 404 for unknown, deleted or wrongly-bound hashes, 400 for a malformed hash, 503 with
 * Retry-After when the store cannot answer. No claim data, no redirects, CORS open to all.
 * Any instance answers for any hash: {@link StatusLookup} fetches the view from the instance that
 * holds it, and the answer is built here from that view exactly as for a hash held locally.
 * <p>
 * {@link VerifyRoute} answers the common case, a hash whose partition this instance owns and whose
 * active store answers, before a request reaches this resource; what it passes on gets the same
 * answers here. A {@link Uni} return type runs this on the Vert.x event loop: a malformed hash is
 * answered there at once. Everything else may block (asking another instance over HTTP, or scanning
 * the issuers table for verification-meta.json), so it runs on a worker thread, with the full plan,
 * within the bound {@link WorkerLookups} keeps (503 beyond it, or when the lookup throws).
 */
@Path("/")
public class VerifyResource {
    private final StatusLookup lookup;
    private final IssuerLookup issuers;
    private final VerifyCounts counts;
    private final WorkerLookups workers;
    private final TrustedProxies proxies;
    private final Clock clock;

    VerifyResource(StatusLookup lookup, IssuerLookup issuers, VerifyCounts counts, WorkerLookups workers,
            TrustedProxies proxies, Clock clock) {
        this.lookup = lookup;
        this.issuers = issuers;
        this.counts = counts;
        this.workers = workers;
        this.proxies = proxies;
        this.clock = clock;
    }

    @GET
    @Path("{path: .+}")
    public Uni<Response> verify(@PathParam("path") String path, @HeaderParam(HttpHeaders.HOST) String host,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context HttpServerRequest http) {
        VerifyRequest request = VerifyRequest.of(path, proxies.hostHeader(VerifyRoute.peer(http), host,
                VerifyRoute.allLines(http, VerifyRoute.FORWARDED_HOST)));
        if (request.asksForMetadata()) {
            return workers.run(() -> metadata(issuers.issuerAt(request.host(), request.directory())));
        }
        if (!request.hasWellFormedHash()) {
            counts.countMalformed();
            return Uni.createFrom().item(VerifyResponses.noStore(400));
        }
        return workers.run(() -> VerifyResponses.of(answer(lookup.find(request.hash()), request), accept));
    }

    @OPTIONS
    @Path("{path: .+}")
    @NonBlocking
    public Response preflight() {
        return VerifyResponses.preflight();
    }

    private static Response metadata(IssuerLookup.IssuerMatch match) {
        if (match instanceof IssuerLookup.IssuerMatch.Found found) {
            return VerifyResponses.metadata(VerificationMeta.of(found.issuer()));
        }
        return match instanceof IssuerLookup.IssuerMatch.NotReady
                ? VerifyResponses.notReady(VerifyResponses.RETRY_AFTER_SECONDS) : VerifyResponses.noStore(404);
    }

    private VerifyAnswer answer(Lookup found, VerifyRequest request) {
        VerifyAnswer answer = DomainBinding.answer(found, request, LocalDate.now(clock));
        counts.count(answer);
        return answer;
    }
}
