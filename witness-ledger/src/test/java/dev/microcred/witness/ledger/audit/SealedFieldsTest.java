package dev.microcred.witness.ledger.audit;

import static dev.microcred.witness.ledger.Pushes.push;
import static dev.microcred.witness.ledger.SeedDeltas.batch;
import static dev.microcred.witness.ledger.SeedDeltas.delta;
import static dev.microcred.witness.ledger.SeedDeltas.newHash;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microcred.witness.ledger.LedgerClient;
import dev.microcred.witness.ledger.RealPostgres;
import dev.microcred.witness.ledger.append.SealedDelta;
import dev.microcred.witness.verify.WitnessAnswerCheck;
import dev.microcred.witness.verify.WitnessedAnswer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * The witness's public views show no revocation reason, related hash or millisecond time, while an auditor with a
 * token reads the openings of the leaves' seals and checks them against the signed leaves.
 */
@QuarkusTest
@QuarkusTestResource(RealPostgres.class)
class SealedFieldsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String AUDITOR = "Bearer test-auditor-token";
    static final String REPLACEMENT = newHash();

    @Test
    void theViewsAnyoneReadsShowNoReasonRelatedHashOrMillisecondTime() throws Exception {
        String hash = givenALambdaCredentialRevokedForFraudThenSuperseded();

        JsonNode view = JSON.readTree(given().get("/v/" + hash).then().statusCode(200).extract().asString());
        long first = view.path("deltas").get(0).path("leafIndex").asLong();
        JsonNode page = JSON.readTree(given().get("/witness/v1/leaves?start=" + first + "&limit=3").then()
                .statusCode(200).extract().asString());

        for (JsonNode entries : new JsonNode[] {view.path("deltas"), page.path("leaves")}) {
            for (JsonNode entry : entries) {
                String leaf = entry.path("leaf").asText();
                assertFalse(leaf.contains("FRAUD") || leaf.contains("reason"), leaf);
                assertFalse(leaf.contains(REPLACEMENT) || leaf.contains("relatedHash"), leaf);
                assertFalse(leaf.contains("10:15:00.123Z") || leaf.contains("08:00:00.456Z"), leaf);
                assertTrue(leaf.contains("\"issuedAt\":\"2026-01-03T10:15:00Z\""), leaf);
                assertFalse(entry.has("opening"), entry.toString());
            }
        }
        assertEquals("SUPERSEDED", new WitnessAnswerCheck(LedgerClient.verifierKey()).check(view, hash).status());
    }

    @Test
    void anAuditorReadsTheSealedFieldsAndChecksThemAgainstTheSignedLeaves() throws Exception {
        String hash = givenALambdaCredentialRevokedForFraudThenSuperseded();

        String answer = given().header("Authorization", AUDITOR).get("/witness/v1/audit/v/" + hash).then()
                .statusCode(200).extract().asString();

        WitnessedAnswer checked = new WitnessAnswerCheck(LedgerClient.verifierKey()).check(answer, hash);
        assertEquals("SUPERSEDED", checked.status());
        JsonNode revoked = JSON.readTree(checked.deltas().get(1).opened());
        assertEquals("FRAUD", revoked.path("reason").asText());
        assertEquals("2026-01-03T10:15:00.123Z", revoked.path("issuedAt").asText());
        assertEquals("2026-02-01T08:00:00.456Z", revoked.path("changedAt").asText());
        assertEquals(REPLACEMENT, JSON.readTree(checked.deltas().get(2).opened()).path("relatedHash").asText());
    }

    @Test
    void anAuditorPagesThroughTheLeavesWithTheirOpenings() throws Exception {
        String hash = givenALambdaCredentialRevokedForFraudThenSuperseded();
        long first = JSON.readTree(given().get("/v/" + hash).then().statusCode(200).extract().asString())
                .path("deltas").get(0).path("leafIndex").asLong();

        JsonNode page = JSON.readTree(given().header("Authorization", AUDITOR)
                .get("/witness/v1/audit/leaves?start=" + first + "&limit=3").then().statusCode(200).extract().asString());

        assertEquals(3, page.path("leaves").size());
        for (JsonNode entry : page.path("leaves")) {
            String seal = JSON.readTree(entry.path("leaf").asText()).path("sealed").asText();
            assertEquals(seal, SealedDelta.sealOf(entry.path("opening").asText()));
        }
        assertEquals("FRAUD", JSON.readTree(page.path("leaves").get(1).path("opening").asText())
                .path("fields").path("reason").asText());
    }

    @Test
    void withoutAnAuditorTokenTheOpeningsAreRefused() {
        String hash = givenALambdaCredentialRevokedForFraudThenSuperseded();
        for (String path : new String[] {"/witness/v1/audit/v/" + hash, "/witness/v1/audit/leaves"}) {
            refused(given().get(path).then());
            refused(given().header("Authorization", "Bearer not-the-auditor-token").get(path).then());
            refused(given().header("Authorization", "test-auditor-token").get(path).then());
        }
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", "Bearer").body("type", equalTo("urn:microcred:problem:not-authenticated"))
                .body("detail", startsWith("an auditor token is required"));
    }

    /** Issued, revoked for fraud, then superseded by a re-issue; times with milliseconds, as the forwarder sends. */
    private static String givenALambdaCredentialRevokedForFraudThenSuperseded() {
        String hash = newHash();
        push(batch(exact(delta(hash, "VALID", 1)), exact(delta(hash, "REVOKED", 2)),
                exact(delta(hash, "SUPERSEDED", 3)).replace("\"relatedHash\":null", "\"relatedHash\":\"" + REPLACEMENT + "\"")))
                .statusCode(200);
        return hash;
    }

    private static String exact(String delta) {
        return delta.replace("2026-01-03T10:15:00Z", "2026-01-03T10:15:00.123Z")
                .replace("2026-02-01T08:00:00Z", "2026-02-01T08:00:00.456Z");
    }
}
