package dev.microcred.issuer.account.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.microcred.issuer.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One issuer's API key cannot crowd out the others: each key has its own bucket. Here bursts of
 * three and one request every ten seconds, so the fourth request in a row is refused.
 */
@QuarkusTest
@TestProfile(ApiKeyRateLimitTest.LowLimit.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = true)
class ApiKeyRateLimitTest {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("issuer.api.rate-limit.per-second", "0.1", "issuer.api.rate-limit.burst", "3");
        }
    }

    @Test
    void aKeyOverItsLimitIsToldToRetryLaterWhileOtherKeysAndOperatorsAreServed() {
        // Given two issuers, and the first one's key having used its burst of three
        Issuer aws = create("aws-training");
        Issuer guilds = create("city-and-guilds");
        for (int i = 0; i < 3; i++) {
            platforms(aws).statusCode(200);
        }

        // When it asks once more at once, it is refused with the reason and when to retry
        platforms(aws).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "10").body("type", equalTo("urn:microcred:problem:rate-limited"));

        // Then the other issuer's key is served, and so is the operator
        platforms(guilds).statusCode(200);
        given().header("Authorization", "Bearer test-admin-token").get("/api/v1/issuers/" + aws.id()).then().statusCode(200);
    }

    private record Issuer(String id, String apiKey) {
    }

    private static ValidatableResponse platforms(Issuer issuer) {
        return given().header("Authorization", "Bearer " + issuer.apiKey()).get("/api/v1/issuers/{i}/platforms", issuer.id())
                .then();
    }

    private static Issuer create(String prefix) {
        String id = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String key = given().header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"displayName\":\"" + prefix + "\",\"verifyBase\":\"" + id
                        + ".example/cred\",\"jurisdictions\":[\"UK\"]}")
                .post("/api/v1/issuers").then().statusCode(201).extract().path("apiKey.key");
        return new Issuer(id, key);
    }
}
