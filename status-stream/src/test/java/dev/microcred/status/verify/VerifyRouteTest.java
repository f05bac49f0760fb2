package dev.microcred.status.verify;

import static dev.microcred.status.Events.LAMBDA_DEEP_DIVE;
import static dev.microcred.status.Events.LAMBDA_DEEP_DIVE_V2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.schemas.RevocationReason;
import dev.microcred.status.Events;
import dev.microcred.status.lookup.Lookup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event-loop route on a real Vert.x server: it answers owned hashes exactly as the protocol
 * says, and passes everything else on (here to a stand-in for VerifyResource answering 299).
 * Seed credential 1 is valid and owned here, seed credential 1 v2 is revoked and owned here, the
 * hash {@code OTHER} belongs to another instance, {@code NONE} is owned here but never issued, and reading
 * {@code UNREADABLE} fails.
 */
class VerifyRouteTest {
    private static final String OTHER = "a".repeat(64);
    private static final String NONE = "b".repeat(64);
    private static final Map<String, Lookup> OWNED = Map.of(
            LAMBDA_DEEP_DIVE.hash(), new Lookup.Found(Events.viewAfter(Events.issued(LAMBDA_DEEP_DIVE, 41))),
            LAMBDA_DEEP_DIVE_V2.hash(), new Lookup.Found(Events.viewAfter(Events.issued(LAMBDA_DEEP_DIVE_V2, 42),
                    Events.revoked(LAMBDA_DEEP_DIVE_V2, 43, RevocationReason.ISSUED_IN_ERROR))),
            NONE, new Lookup.NotFound());
    private static final String UNREADABLE = "c".repeat(64);
    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();
    private static Vertx vertx;
    private static HttpServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        // The test client connects from loopback, playing the trusted proxy that names the host
        new VerifyRoute(VerifyRouteTest::ownedAnswer, new VerifyCounts(METERS), TrustedProxies.of(List.of("127.0.0.1")),
                Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC)).install(router);
        // Where Quarkus REST 3.33 mounts its handler (order 20500, or 1500 next to servlets); the route sits before both.
        router.route().order(20_500).handler(context -> context.response().setStatusCode(299).end("passed on"));
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static Optional<Lookup> ownedAnswer(String hash) {
        if (hash.equals(UNREADABLE)) {
            throw new IllegalArgumentException("stored record does not decode");
        }
        return Optional.ofNullable(OWNED.get(hash));
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void anOwnedValidHashAnswersOkWithThePublicHeaders() throws Exception {
        HttpResponse<String> response = get("/cred/jc-lambda-2026/" + LAMBDA_DEEP_DIVE.hash(), "aws.training", null);
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"OK\"}", response.body());
        assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("*"), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.of("public, max-age=30"), response.headers().firstValue("Cache-Control"));
        assertEquals(Optional.of("Accept, Host, X-Forwarded-Host"), response.headers().firstValue("Vary"));
    }

    @Test
    void theHostIsTheLastProxysEntryEvenOnALineOfItsOwn() throws Exception {
        //Given a client that wrote its own X-Forwarded-Host naming another issuer's domain, and our proxy that
        //added the real one as a second header line instead of appending it
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.actualPort() + "/cred/jc-lambda-2026/" + LAMBDA_DEEP_DIVE.hash()))
                .header("X-Forwarded-Host", "cityandguilds.com").header("X-Forwarded-Host", "aws.training").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        //Then the proxy's entry decides: the hash answers on its own issuer's domain
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"OK\"}", response.body());
    }

    @Test
    void aClientAskingForPlainTextHearsOk() throws Exception {
        HttpResponse<String> response = get("/cred/" + LAMBDA_DEEP_DIVE.hash(), "aws.training", "text/plain");
        assertEquals("OK", response.body());
        assertEquals(Optional.of("text/plain"), response.headers().firstValue("Content-Type"));
    }

    @Test
    void anOwnedRevokedHashAnswersRevoked() throws Exception {
        HttpResponse<String> response = get("/cred/" + LAMBDA_DEEP_DIVE_V2.hash().toUpperCase(), "aws.training:443", null);
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"REVOKED\"}", response.body());
    }

    @Test
    void anOwnedHashAskedOnAnotherDomainOrNeverIssuedIs404NeverCached() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
                get("/cred/" + LAMBDA_DEEP_DIVE.hash(), "cityandguilds.com", null),
                get("/cred/" + NONE, "aws.training", null)}) {
            assertEquals(404, response.statusCode());
            assertEquals("", response.body());
            assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
            assertEquals(Optional.of("*"), response.headers().firstValue("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void everythingElseIsPassedOnToTheResource() throws Exception {
        for (String path : new String[] {
                "/cred/" + OTHER,                                  // another instance's hash
                "/cred/" + UNREADABLE,                             // a store read that fails unexpectedly
                "/cred/verification-meta.json",                    // metadata
                "/cred/" + LAMBDA_DEEP_DIVE.hash().substring(1),   // malformed hash: the resource answers 400
                "/internal/v1/lookup/" + LAMBDA_DEEP_DIVE.hash(),  // instance to instance
                "/q/health/ready",                                 // management
                "/cred%2Fx/" + LAMBDA_DEEP_DIVE.hash(),            // escapes, which Quarkus REST decodes
                "/cred/./" + LAMBDA_DEEP_DIVE.hash()}) {
            HttpResponse<String> response = get(path, "aws.training", null);
            assertEquals(299, response.statusCode(), path);
        }
    }

    @Test
    void everyAnswerTheRouteGivesIsCountedByItsKind() throws Exception {
        double ok = answers("ok");
        double revoked = answers("revoked");
        double unknown = answers("unknown");

        get("/cred/" + LAMBDA_DEEP_DIVE.hash(), "aws.training", null);
        get("/cred/" + LAMBDA_DEEP_DIVE_V2.hash(), "aws.training", null);
        get("/cred/" + NONE, "aws.training", null);
        get("/cred/" + OTHER, "aws.training", null); // passed on: counted where it is answered

        assertEquals(ok + 1, answers("ok"));
        assertEquals(revoked + 1, answers("revoked"));
        assertEquals(unknown + 1, answers("unknown"));
    }

    private static double answers(String answer) {
        return METERS.get(VerifyCounts.METER).tag("answer", answer).counter().count();
    }

    private static HttpResponse<String> get(String path, String host, String accept) throws Exception {
        // The JDK client will not send a Host header it did not choose, so X-Forwarded-Host carries it
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path))
                .header("X-Forwarded-Host", host);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
