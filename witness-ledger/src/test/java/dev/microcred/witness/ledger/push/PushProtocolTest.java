package dev.microcred.witness.ledger.push;

import static dev.microcred.witness.ledger.Pushes.push;
import static dev.microcred.witness.ledger.SeedDeltas.batch;
import static dev.microcred.witness.ledger.SeedDeltas.delta;
import static dev.microcred.witness.ledger.SeedDeltas.newHash;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.merkle.Checkpoint;
import dev.microcred.witness.ledger.LedgerClient;
import dev.microcred.witness.ledger.Pushes;
import dev.microcred.witness.ledger.RealPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealPostgres.class)
class PushProtocolTest {

    @Test
    void aSignedPushOfSeedDeltasIsWitnessedInOrderUnderASignedCheckpoint() throws Exception {
        // Given an issued and then revoked credential
        String hash = newHash();
        String issued = delta(hash, "VALID", 1);
        String revoked = delta(hash, "REVOKED", 2);

        // When the forwarder pushes both
        JsonPath answer = push(batch(issued, revoked)).statusCode(200).extract().jsonPath();

        // Then each gets a receipt, the revocation after the issue, and the latest checkpoint covers both
        List<Integer> indexes = answer.getList("receipts.leafIndex", Integer.class);
        assertEquals(2, indexes.size());
        assertEquals(indexes.get(0) + 1, indexes.get(1));
        assertTrue(answer.getString("receipts[0].witnessedAt").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        Checkpoint checkpoint = LedgerClient.latestCheckpoint();
        assertEquals("witness.example/eu-a", checkpoint.origin());
        assertTrue(checkpoint.size() > indexes.get(1));
    }

    @Test
    void theSameDeltaTwiceIsOneLeafWithTheOriginalReceipt() {
        String deltaId = UUID.randomUUID().toString();
        String hash = newHash();
        JsonPath first = push(batch(delta(deltaId, hash, "VALID", 1))).statusCode(200).extract().jsonPath();

        JsonPath again = push(batch(delta(deltaId, hash, "VALID", 1), delta(deltaId, hash, "VALID", 1)))
                .statusCode(200).extract().jsonPath();

        assertEquals(first.getMap("receipts[0]"), again.getMap("receipts[0]"));
        assertEquals(first.getMap("receipts[0]"), again.getMap("receipts[1]"));
        given().get("/v/" + hash).then().statusCode(200).body("deltas.size()", equalTo(1));
    }

    @Test
    void aTamperedBodyIsRefused() {
        String body = batch(delta(newHash(), "VALID", 1));
        String timestamp = String.valueOf(Pushes.now());
        String signature = Pushes.signature(Pushes.SECRET, timestamp, body);

        Pushes.send(body.replace("VALID", "REVOKED").getBytes(StandardCharsets.UTF_8), timestamp, signature)
                .statusCode(401).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:microcred:problem:push-bad-signature"));
    }

    @Test
    void aPushSignedWithAnotherSecretIsRefused() {
        push(batch(delta(newHash(), "VALID", 1)), "not-the-secret", Pushes.now()).statusCode(401)
                .body("type", equalTo("urn:microcred:problem:push-bad-signature"));
    }

    @Test
    void aPushOlderThanTheAllowedSkewIsRefused() {
        push(batch(delta(newHash(), "VALID", 1)), Pushes.SECRET, Pushes.now() - 301).statusCode(401)
                .body("type", equalTo("urn:microcred:problem:push-stale-timestamp"));
    }

    @Test
    void aPushWithoutSignatureIsRefused() {
        given().contentType("application/json").header("Witness-Id", Pushes.WITNESS_ID)
                .body(batch(delta(newHash(), "VALID", 1))).post("/witness/v1/deltas")
                .then().statusCode(401).body("type", equalTo("urn:microcred:problem:push-missing-signature"));
    }

    @Test
    void anExactReplayOfAnAcceptedPushIsRefusedAndAddsNoLeaf() throws Exception {
        String hash = newHash();
        String body = batch(delta(hash, "VALID", 1));
        String timestamp = String.valueOf(Pushes.now());
        String signature = Pushes.signature(Pushes.SECRET, timestamp, body);
        Pushes.send(body.getBytes(StandardCharsets.UTF_8), timestamp, signature).statusCode(200);
        long sizeBefore = LedgerClient.latestCheckpoint().size();

        Pushes.send(body.getBytes(StandardCharsets.UTF_8), timestamp, signature).statusCode(401)
                .body("type", equalTo("urn:microcred:problem:push-replayed"));

        assertEquals(sizeBefore, LedgerClient.latestCheckpoint().size());
        given().get("/v/" + hash).then().statusCode(200).body("deltas.size()", equalTo(1));
    }

    @Test
    void oneInvalidDeltaRejectsTheWholeBatch() {
        String hash = newHash();
        push(batch(delta(hash, "VALID", 1), delta(newHash(), "FORGOTTEN", 2))).statusCode(422)
                .contentType(startsWith("application/problem+json")).body("detail", startsWith("deltas[1]: status"));

        given().get("/v/" + hash).then().statusCode(404);
    }

    @Test
    void anUnknownContractVersionIsRejected() {
        push(batch(delta(newHash(), "VALID", 1).replace("\"v\":1", "\"v\":2"))).statusCode(422)
                .body("detail", startsWith("deltas[0]: v must be 1"));
    }
}
