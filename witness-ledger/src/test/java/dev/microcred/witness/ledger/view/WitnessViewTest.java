package dev.microcred.witness.ledger.view;

import static dev.microcred.witness.ledger.Pushes.push;
import static dev.microcred.witness.ledger.SeedDeltas.batch;
import static dev.microcred.witness.ledger.SeedDeltas.delta;
import static dev.microcred.witness.ledger.SeedDeltas.newHash;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.witness.ledger.LedgerClient;
import dev.microcred.witness.ledger.RealPostgres;
import dev.microcred.witness.verify.WitnessAnswerCheck;
import dev.microcred.witness.verify.WitnessedAnswer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealPostgres.class)
class WitnessViewTest {

    @Test
    void theAnswerForARevokedCredentialPassesTheOfflineCheckAsRevoked() throws Exception {
        // Given a credential issued, then (in a later batch) revoked, among other traffic
        String hash = newHash();
        push(batch(delta(hash, "VALID", 1), delta(newHash(), "VALID", 2))).statusCode(200);
        push(batch(delta(newHash(), "VALID", 3), delta(hash, "REVOKED", 4))).statusCode(200);

        // When a verifier asks the witness
        String answer = given().get("/v/" + hash).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("deltas.size()", equalTo(2)).extract().asString();

        // Then the answer checks out offline with only the witness's key
        WitnessedAnswer checked = new WitnessAnswerCheck(LedgerClient.verifierKey()).check(answer, hash);
        assertEquals("REVOKED", checked.status());
        assertEquals("witness.example/eu-a", checked.origin());
    }

    @Test
    void theStatusFollowsTheHighestIssuerSequenceEvenWhenDeltasArriveOutOfOrder() throws Exception {
        String hash = newHash();
        push(batch(delta(hash, "SUPERSEDED", 9))).statusCode(200);
        push(batch(delta(hash, "VALID", 5))).statusCode(200);

        String answer = given().get("/v/" + hash).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).extract().asString();

        assertEquals("SUPERSEDED", new WitnessAnswerCheck(LedgerClient.verifierKey()).check(answer, hash).status());
    }

    @Test
    void theFirstSeenTimeIsTheFirstLeafsWitnessTime() {
        String hash = newHash();
        String witnessedAt = push(batch(delta(hash, "VALID", 1))).statusCode(200).extract()
                .path("receipts[0].witnessedAt");
        push(batch(delta(hash, "EXPIRED", 2))).statusCode(200);

        given().get("/v/" + hash).then().statusCode(200).body("firstSeen", equalTo(witnessedAt));
    }

    @Test
    void anUnknownHashIsNotWitnessed() {
        given().get("/v/" + newHash()).then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:microcred:problem:not-witnessed"));
    }

    @Test
    void aMalformedHashIsABadRequest() {
        given().get("/v/not-a-hash").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:microcred:problem:malformed-hash"));
    }
}
