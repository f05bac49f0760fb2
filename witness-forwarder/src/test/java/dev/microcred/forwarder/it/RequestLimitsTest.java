package dev.microcred.forwarder.it;

import static dev.microcred.forwarder.support.Operator.operator;
import static dev.microcred.forwarder.support.Operator.registerPull;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microcred.forwarder.support.Jurisdictions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A follower or a script in a loop cannot keep the forwarder's database from the others: each
 * witness's feed and the operator API have their own bucket. Here one request a second, with
 * bursts of two on a feed and of four on the operator API.
 */
@QuarkusTest
@TestProfile(RequestLimitsTest.LowLimits.class)
class RequestLimitsTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("forwarder.pull.rate-limit.per-second", "1", "forwarder.pull.rate-limit.burst", "2",
                    "forwarder.admin.rate-limit.per-second", "1", "forwarder.admin.rate-limit.burst", "4");
        }
    }

    @Test
    void aWitnessOrAnOperatorOverItsLimitIsToldToRetryWhileAnotherWitnessReadsOn() {
        // Given two pull witnesses
        String first = Jurisdictions.freshWitnessId("eager");
        String second = Jurisdictions.freshWitnessId("patient");
        String firstToken = registerPull(first, Jurisdictions.fresh());
        String secondToken = registerPull(second, Jurisdictions.fresh());

        // When the first reads its feed in a loop, it is soon refused, with the reason and when to retry
        ValidatableResponse refused = firstRefused(() -> feed(firstToken, first));
        refused.contentType("application/problem+json").header("Retry-After", "1")
                .body("type", equalTo("urn:microcred:problem:rate-limited"));

        // Then the other witness still reads its feed
        feed(secondToken, second).statusCode(200);

        // And an operator script in a loop is refused too (one test: the operator's bucket is shared)
        firstRefused(() -> operator().get("/api/v1/witnesses").then())
                .header("Retry-After", "1").body("type", equalTo("urn:microcred:problem:rate-limited"));
    }

    /** Repeats a request until it answers 429; at one a second, ten in a row are far over any burst here. */
    private static ValidatableResponse firstRefused(Supplier<ValidatableResponse> request) {
        for (int i = 0; i < 10; i++) {
            ValidatableResponse response = request.get();
            int status = response.extract().statusCode();
            if (status == 429) {
                return response;
            }
            assertEquals(200, status);
        }
        throw new AssertionError("ten requests in a row, none refused");
    }

    private static ValidatableResponse feed(String token, String id) {
        return given().header("Authorization", "Bearer " + token).get("/feeds/" + id + "?limit=1").then();
    }
}
