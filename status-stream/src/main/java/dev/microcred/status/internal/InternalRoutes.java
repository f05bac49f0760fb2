package dev.microcred.status.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.status.lookup.PeerClient;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The internal API on the management port, beside health and metrics, and never on the public one:
 * the proxy in front of the verify domains cannot expose it by mistake. Instances find each other's
 * management port through Kafka Streams' {@code application.server}; the issuer's tools are given
 * it. Each endpoint still checks its own bearer token.
 */
@ApplicationScoped
public class InternalRoutes {
    public static final String STATUS_PATH = "/internal/v1/status/";

    private final InternalStatus status;
    private final InternalLookup lookup;
    private final ObjectMapper json;

    InternalRoutes(InternalStatus status, InternalLookup lookup, ObjectMapper json) {
        this.status = status;
        this.lookup = lookup;
        this.json = json;
    }

    void install(@Observes ManagementInterface management) {
        Router router = management.router();
        // It may ask another instance, so off the event loop; unordered, so requests do not queue behind each other.
        router.get(STATUS_PATH + ":hash").blockingHandler(rc -> send(rc, status.status(authorization(rc),
                rc.pathParam("hash"))), false);
        // Local stores only: on the event loop.
        router.get(PeerClient.PATH + ":hash").handler(rc -> send(rc, lookup.lookup(authorization(rc), rc.pathParam("hash"))));
    }

    private static String authorization(RoutingContext rc) {
        return rc.request().getHeader("Authorization");
    }

    private void send(RoutingContext rc, InternalAnswer answer) {
        HttpServerResponse response = rc.response().setStatusCode(answer.status())
                .putHeader("Content-Type", answer.contentType());
        answer.headers().forEach(response::putHeader);
        try {
            response.end(json.writeValueAsString(answer.body()));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
