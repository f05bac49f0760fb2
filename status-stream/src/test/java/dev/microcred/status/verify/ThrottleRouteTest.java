package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-client limit in front of the public endpoint, on a real Vert.x server: a client over its
 * burst hears the protocol's overload answer while others are served, and the internal paths are
 * not limited. The test client connects from loopback, trusted here as the proxy that names clients.
 */
class ThrottleRouteTest {
    private static final String HASH = "3752a68126d9b1c9dbb10962be3ba5e4deebd0b71c424b39e7ae006242d13ded";
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        // Two requests at once per client, then one a minute: the burst is all a test can use
        new ThrottleRoute(new ClientRateLimits(1.0 / 60, 2, 100, System::nanoTime),
                TrustedProxies.of(List.of("127.0.0.1")), new VerifyCounts(METERS)).install(router);
        router.route().order(20_500).handler(context -> context.response().setStatusCode(299).end("answered"));
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aClientOverItsBurstHearsRetryLaterWhileOthersAreServed() throws Exception {
        //Given a client that asked twice
        assertEquals(299, get("/cred/" + HASH, "203.0.113.7").statusCode());
        assertEquals(299, get("/cred/verification-meta.json", "203.0.113.7").statusCode());
        //When it asks again
        HttpResponse<String> throttled = get("/cred/" + HASH, "203.0.113.7");
        //Then it hears 503 with Retry-After and CORS, an empty body, counted as throttled
        assertEquals(503, throttled.statusCode());
        assertEquals(Optional.of("1"), throttled.headers().firstValue("Retry-After"));
        assertEquals(Optional.of("*"), throttled.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals("", throttled.body());
        assertEquals(1.0, METERS.get(VerifyCounts.METER).tag("answer", "throttled").counter().count());
        //And another client is served, as are the internal paths for the throttled one
        assertEquals(299, get("/cred/" + HASH, "198.51.100.2").statusCode());
        assertEquals(299, get("/internal/v1/lookup/" + HASH, "203.0.113.7").statusCode());
    }

    private static HttpResponse<String> get(String path, String client) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path))
                .header("X-Forwarded-For", "10.9.9.9, " + client).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
