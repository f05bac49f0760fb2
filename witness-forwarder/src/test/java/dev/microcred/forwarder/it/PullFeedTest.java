package dev.microcred.forwarder.it;

import static dev.microcred.forwarder.support.Operator.operator;
import static dev.microcred.forwarder.support.Operator.registerPull;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.infra.Eventually;
import dev.microcred.forwarder.support.Jurisdictions;
import dev.microcred.forwarder.support.SeedDeltas;
import dev.microcred.forwarder.support.StatusDeltas;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.StatusDelta;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pull feed of docs/witnessing.md §3 against the real feed index. */
@QuarkusTest
class PullFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SOON = Duration.ofSeconds(15);

    @Test
    void feedServesOnlyTheWitnessesJurisdictionsOldestFirstAndResumesFromACursor() throws Exception {
        // Given a pull witness of one jurisdiction and deltas of it, of another, and of both
        String eu = Jurisdictions.fresh();
        String other = Jurisdictions.fresh();
        String id = Jurisdictions.freshWitnessId("pull");
        String token = registerPull(id, eu);
        StatusDelta first = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, eu);
        StatusDelta elsewhere = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, other);
        StatusDelta shared = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.REVOKED, other, eu);
        StatusDeltas.publish(first, elsewhere, shared);

        // When the witness reads its feed from the beginning
        Eventually.within(SOON, "two lines in the feed", () -> lines(token, id, "").size() == 2);
        List<JsonNode> lines = lines(token, id, "");

        // Then it sees its jurisdiction's deltas only, in feed order, each with a cursor and the wire delta
        // (order is guaranteed per hash; these two hashes may sit on different partitions)
        assertEquals(Set.of(first.getDeltaId(), shared.getDeltaId()),
                lines.stream().map(l -> l.get("delta").get("deltaId").asText()).collect(Collectors.toSet()));
        assertTrue(cursor(lines.get(0)) < cursor(lines.get(1)), "oldest first");
        assertEquals(List.of("cursor", "delta"), fieldNames(lines.get(0)));
        assertEquals(1, lines.get(0).get("delta").get("v").asInt());

        // And resuming after the first cursor serves only the rest; limit caps the lines
        String cursor = lines.get(0).get("cursor").asText();
        assertEquals(List.of(lines.get(1).get("delta").get("deltaId").asText()), lines(token, id, "?after=" + cursor)
                .stream().map(l -> l.get("delta").get("deltaId").asText()).toList());
        assertEquals(1, lines(token, id, "?limit=1").size());

        // And the forwarder knows how far the witness has read
        operator().get("/api/v1/witnesses/" + id).then().body("pull.lagDeltas", equalTo(0))
                .body("pull.cursor", equalTo(Integer.parseInt(lines.get(1).get("cursor").asText())));
    }

    @Test
    void wrongTokensAndBadQueriesAreRefused() {
        String mine = Jurisdictions.freshWitnessId("mine");
        String theirs = Jurisdictions.freshWitnessId("theirs");
        String token = registerPull(mine, Jurisdictions.fresh());
        registerPull(theirs, Jurisdictions.fresh());

        given().get("/feeds/" + mine).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer wft_not-a-token").get("/feeds/" + mine).then().statusCode(401);
        given().header("Authorization", "Bearer " + token).get("/feeds/" + theirs).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:microcred:problem:access-denied"));
        given().header("Authorization", "Bearer " + token).get("/feeds/no-such-witness").then().statusCode(404);
        given().header("Authorization", "Bearer " + token).get("/feeds/" + mine + "?after=abc").then().statusCode(400)
                .body("type", equalTo("urn:microcred:problem:invalid-feed-query"));
        given().header("Authorization", "Bearer " + token).get("/feeds/" + mine + "?limit=1001").then().statusCode(400);
        given().header("Authorization", "Bearer " + token).get("/feeds/" + mine + "?wait=31").then().statusCode(400);
    }

    @Test
    void longPollAnswersAsSoonAsADeltaArrives() throws Exception {
        // Given a witness that has read everything
        String us = Jurisdictions.fresh();
        String id = Jurisdictions.freshWitnessId("longpoll");
        String token = registerPull(id, us);
        given().header("Authorization", "Bearer " + token).get("/feeds/" + id).then().statusCode(200)
                .contentType(startsWith("application/x-ndjson")).body(equalTo(""));

        // When it long-polls for up to 20 s and a delta happens meanwhile
        long start = System.nanoTime();
        CompletableFuture<List<JsonNode>> poll = CompletableFuture.supplyAsync(() -> lines(token, id, "?wait=20"));
        Thread.sleep(500);
        StatusDelta delta = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, us);
        StatusDeltas.publish(delta);

        // Then the answer carries the delta long before the wait is over
        List<JsonNode> lines = poll.get(20, TimeUnit.SECONDS);
        assertEquals(List.of(delta.getDeltaId()), lines.stream().map(l -> l.get("delta").get("deltaId").asText()).toList());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "long-poll held too long");
    }

    @Test
    void emptyLongPollEndsAfterItsWait() {
        String id = Jurisdictions.freshWitnessId("quiet");
        String token = registerPull(id, Jurisdictions.fresh());
        long start = System.nanoTime();

        assertEquals(0, lines(token, id, "?wait=1").size());

        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1_000);
    }

    private static List<JsonNode> lines(String token, String id, String query) {
        String body = given().header("Authorization", "Bearer " + token).get("/feeds/" + id + query)
                .then().statusCode(200).extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.lines().toList()) {
            try {
                lines.add(JSON.readTree(line));
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return lines;
    }

    private static long cursor(JsonNode line) {
        return Long.parseLong(line.get("cursor").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
