package dev.microcred.witness.ledger;

import static dev.microcred.witness.ledger.Pushes.push;
import static dev.microcred.witness.ledger.SeedDeltas.batch;
import static dev.microcred.witness.ledger.SeedDeltas.delta;
import static dev.microcred.witness.ledger.SeedDeltas.newHash;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealPostgres.class)
class OperationsTest {

    @Test
    void metricsCountLeavesCheckpointsAndRefusedPushesByReason() {
        push(batch(delta(newHash(), "VALID", 1))).statusCode(200);
        push(batch(delta(newHash(), "VALID", 1)), "wrong-secret", Pushes.now()).statusCode(401);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("witness_ledger_leaves "))
                .body(containsString("witness_ledger_checkpoints_signed_total"))
                .body(containsString("witness_ledger_pushes_rejected_total{reason=\"bad-signature\"}"));
    }

    @Test
    void healthIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theApiIsDocumented() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/witness/v1/deltas"));
    }
}
