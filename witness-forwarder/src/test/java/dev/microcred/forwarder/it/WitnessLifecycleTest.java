package dev.microcred.forwarder.it;

import static dev.microcred.forwarder.support.Operator.body;
import static dev.microcred.forwarder.support.Operator.operator;
import static dev.microcred.forwarder.support.Operator.registerPull;
import static dev.microcred.forwarder.support.Operator.registerPush;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.Eventually;
import dev.microcred.forwarder.support.FakeWitness;
import dev.microcred.forwarder.support.Jurisdictions;
import dev.microcred.forwarder.support.SeedDeltas;
import dev.microcred.forwarder.support.StatusDeltas;
import dev.microcred.schemas.CredentialState;
import dev.microcred.schemas.StatusDelta;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A witness's secrets change without a gap in delivery, and an unregistered witness gets nothing
 * more. The test profile keeps a replaced feed token for 2 s (24 h in production).
 */
@QuarkusTest
class WitnessLifecycleTest {
    private static final Duration SOON = Duration.ofSeconds(15);

    @Test
    void aRotatedFeedTokenWorksBesideTheNewOneUntilItsOverlapEnds() throws Exception {
        // Given a pull witness reading its feed with its token
        String id = Jurisdictions.freshWitnessId("rotating");
        String old = registerPull(id, Jurisdictions.fresh());
        feed(old, id).statusCode(200);

        // When the operator rotates the token
        String fresh = operator().post("/api/v1/witnesses/" + id + "/feed-token").then().statusCode(200)
                .body("feedToken", startsWith("wft_")).body("previousTokenValidForSeconds", equalTo(2))
                .extract().path("feedToken");

        // Then both tokens read the feed during the overlap, and after it only the new one
        feed(fresh, id).statusCode(200);
        feed(old, id).statusCode(200);
        Thread.sleep(2_500);
        feed(old, id).statusCode(401);
        feed(fresh, id).statusCode(200);
    }

    @Test
    void aReplacedPushSecretSignsTheNextPush() throws Exception {
        // Given a push witness that has received a delta signed with its first secret
        String uk = Jurisdictions.fresh();
        String id = Jurisdictions.freshWitnessId("resigned");
        try (FakeWitness witness = new FakeWitness(id)) {
            registerPush(witness, id, uk);
            StatusDeltas.publish(SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, uk));
            Eventually.within(SOON, "the first delta", () -> witness.received().size() == 1);

            // When the witness takes a new secret and the operator gives it to the forwarder
            String secret = "the-new-push-secret-of-" + id + "-0123456789";
            witness.useSecret(secret);
            operator().body("{\"pushSecret\":\"" + secret + "\"}").post("/api/v1/witnesses/" + id + "/push-secret")
                    .then().statusCode(200).body("pushSecret", equalTo(secret));

            // Then the next delta arrives signed with it
            StatusDelta next = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, uk);
            StatusDeltas.publish(next);
            Eventually.within(SOON, "the second delta", () -> witness.receivedDeltaIds().contains(next.getDeltaId()));
        }
    }

    @Test
    void aPushSecretTooShortOrForAWitnessWithoutPushesIsRefused() {
        String id = Jurisdictions.freshWitnessId("short");
        String pullOnly = Jurisdictions.freshWitnessId("pull-only");
        registerPull(pullOnly, Jurisdictions.fresh());

        operator().body("{\"pushSecret\":\"short\"}").post("/api/v1/witnesses/" + id + "/push-secret")
                .then().statusCode(422).body("errors[0].field", equalTo("pushSecret"));
        operator().body("{}").post("/api/v1/witnesses/" + pullOnly + "/push-secret").then().statusCode(404);
    }

    @Test
    void anUnregisteredWitnessGetsNothingMoreAndItsIdStaysTaken() throws Exception {
        // Given a push witness and a pull witness, each with one delta delivered
        String us = Jurisdictions.fresh();
        String pushId = Jurisdictions.freshWitnessId("leaving-push");
        String pullId = Jurisdictions.freshWitnessId("leaving-pull");
        try (FakeWitness witness = new FakeWitness(pushId)) {
            registerPush(witness, pushId, us);
            String token = registerPull(pullId, us);
            StatusDeltas.publish(SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.VALID, us));
            Eventually.within(SOON, "the first delta", () -> witness.received().size() == 1);

            // When the operator unregisters both
            operator().delete("/api/v1/witnesses/" + pushId).then().statusCode(204);
            operator().delete("/api/v1/witnesses/" + pullId).then().statusCode(204);

            // Then neither is listed or found, the feed token opens nothing, and a second unregister is 404
            operator().get("/api/v1/witnesses").then().body("id", not(hasItem(pushId))).body("id", not(hasItem(pullId)));
            operator().get("/api/v1/witnesses/" + pushId).then().statusCode(404);
            feed(token, pullId).statusCode(401);
            operator().delete("/api/v1/witnesses/" + pushId).then().statusCode(404)
                    .body("type", equalTo("urn:microcred:problem:unknown-witness"));
            // And a later delta of its jurisdiction is not pushed to it
            StatusDelta later = SeedDeltas.delta(SeedDeltas.newHash(), CredentialState.REVOKED, us);
            StatusDeltas.publish(later);
            Thread.sleep(2_000);
            assertEquals(1, witness.received().size(), "nothing pushed after unregistering");
            // And its id cannot be registered again
            assertTrue(operator().body(body(pushId, new String[] {us}, null, true))
                    .post("/api/v1/witnesses").then().extract().statusCode() == 409);
        }
    }

    private static ValidatableResponse feed(String token, String id) {
        return given().header("Authorization", "Bearer " + token).get("/feeds/" + id + "?limit=1").then();
    }
}
