package dev.microcred.status.verify;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-client limits on the public endpoint, verify and verification-meta.json alike, in front of
 * everything else that answers them ({@link VerifyRoute}, then VerifyResource): a client over its
 * {@link ClientRateLimits} hears 503 with Retry-After, counted as
 * {@code verify_answers_total{answer="throttled"}}. The internal and management paths are not limited.
 */
@ApplicationScoped
public class ThrottleRoute {
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final ClientRateLimits limits;
    private final TrustedProxies proxies;
    private final VerifyCounts counts;

    @Inject
    ThrottleRoute(@ConfigProperty(name = "status.verify.rate-limit.per-second") double perSecond,
            @ConfigProperty(name = "status.verify.rate-limit.burst") double burst,
            @ConfigProperty(name = "status.verify.rate-limit.max-clients") int maxClients, TrustedProxies proxies,
            VerifyCounts counts) {
        this(new ClientRateLimits(perSecond, burst, maxClients, System::nanoTime), proxies, counts);
    }

    ThrottleRoute(ClientRateLimits limits, TrustedProxies proxies, VerifyCounts counts) {
        this.limits = limits;
        this.proxies = proxies;
        this.counts = counts;
    }

    /** Off (the default), the route is not installed: a verify request pays nothing for it. */
    void install(@Observes Router router) {
        if (limits.enabled()) {
            router.get().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).handler(this::handle);
        }
    }

    void handle(RoutingContext context) {
        HttpServerRequest http = context.request();
        String path = http.path();
        boolean limited = path != null && !path.startsWith("/internal/") && !path.startsWith("/q/");
        if (!limited || limits.allows(proxies.clientAddress(VerifyRoute.peer(http), VerifyRoute.allLines(http, FORWARDED_FOR)))) {
            context.next();
            return;
        }
        counts.countThrottled();
        VerifyResponses.throttled().writeTo(context.response());
    }
}
