package dev.microcred.status.verify;

import dev.microcred.status.lookup.Lookup;
import dev.microcred.status.lookup.StatusLookup;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hot path of live-verify, in front of {@link VerifyResource}: a GET of a well-formed hash whose
 * partition this instance owns, and whose active store answers, is answered here on the event loop
 * and written straight to Vert.x. Profiles of the verify benchmark put Quarkus REST's dispatch and
 * writers at about half the cost of such a request. Everything else goes on to VerifyResource
 * unchanged: another instance's hash, a store that cannot answer, malformed or metadata requests,
 * paths with escapes or dot segments (which Quarkus REST decodes), and the internal and management
 * paths. The answers are the same either way: both build them with {@link DomainBinding} and
 * {@link VerifyResponses}.
 */
@ApplicationScoped
public class VerifyRoute {
    static final String FORWARDED_HOST = "X-Forwarded-Host";
    private final Function<String, Optional<Lookup>> ownedAnswer;
    private final VerifyCounts counts;
    private final TrustedProxies proxies;
    private final Clock clock;

    @Inject
    VerifyRoute(StatusLookup lookup, VerifyCounts counts, TrustedProxies proxies, Clock clock) {
        this(lookup::findIfOwnedHere, counts, proxies, clock);
    }

    /** @param ownedAnswer the answer of this instance's active store when it owns the hash, else empty */
    VerifyRoute(Function<String, Optional<Lookup>> ownedAnswer, VerifyCounts counts, TrustedProxies proxies, Clock clock) {
        this.ownedAnswer = ownedAnswer;
        this.counts = counts;
        this.proxies = proxies;
        this.clock = clock;
    }

    void install(@Observes Router router) {
        router.get().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext context) {
        HttpServerRequest http = context.request();
        String path = http.path();
        if (!plainPublicPath(path)) {
            context.next();
            return;
        }
        VerifyRequest request = VerifyRequest.of(path, proxies.hostHeader(peer(http), http.getHeader("Host"),
                allLines(http, FORWARDED_HOST)));
        Optional<Lookup> owned = request.asksForMetadata() || !request.hasWellFormedHash()
                ? Optional.empty() : ownedIfReadable(request.hash());
        if (owned.isEmpty()) {
            context.next();
            return;
        }
        VerifyAnswer answer = DomainBinding.answer(owned.get(), request, LocalDate.now(clock));
        counts.count(answer);
        VerifyResponses.http(answer, http.getHeader("Accept")).writeTo(context.response());
    }

    /**
     * A store read that fails unexpectedly is the resource's to answer, with the full plan (another copy
     * may answer); if that fails too, WorkerLookups answers 503 and logs it. Not logged here: it would
     * be a line per request.
     */
    private Optional<Lookup> ownedIfReadable(String hash) {
        try {
            return ownedAnswer.apply(hash);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Every line of a list header, joined as one list: a proxy may add its entry as a line of its own
     * instead of appending it, and the right-most entry must be the last proxy's either way.
     */
    static String allLines(HttpServerRequest http, String name) {
        java.util.List<String> lines = http.headers().getAll(name);
        return lines.isEmpty() ? null : String.join(",", lines);
    }

    static String peer(HttpServerRequest http) {
        return http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
    }

    /** A path this route may read as it is: public, without escapes, empty or dot segments. */
    private static boolean plainPublicPath(String path) {
        return path != null && !path.startsWith("/internal/") && !path.startsWith("/q/") && path.indexOf('%') < 0
                && !path.contains("//") && !path.contains("/.");
    }
}
