package dev.microcred.forwarder.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;

/** The operator's side of the API: registrations and witness state, with the test admin token. */
public final class Operator {
    public static final String TOKEN = "test-admin-token";

    private Operator() {
    }

    public static RequestSpecification operator() {
        return given().header("Authorization", "Bearer " + TOKEN).contentType("application/json");
    }

    /** Registers a push witness whose secret the fake witness then uses; answers the 201 body. */
    public static ValidatableResponse registerPush(FakeWitness fake, String id, String... jurisdictions) {
        String secret = "push-secret-of-" + id + "-0123456789abcdef";
        fake.useSecret(secret);
        return operator().body(body(id, jurisdictions, "{\"url\":\"" + fake.url() + "\",\"secret\":\"" + secret + "\"}", false))
                .post("/api/v1/witnesses").then().statusCode(201);
    }

    /** Registers a pull-only witness; answers its feed token. */
    public static String registerPull(String id, String... jurisdictions) {
        return operator().body(body(id, jurisdictions, null, true)).post("/api/v1/witnesses")
                .then().statusCode(201).extract().path("feedToken");
    }

    public static String body(String id, String[] jurisdictions, String push, boolean pull) {
        String codes = String.join(",", List.of(jurisdictions).stream().map(j -> "\"" + j + "\"").toList());
        return "{\"id\":\"" + id + "\",\"displayName\":\"Witness " + id + "\",\"jurisdictions\":[" + codes + "]"
                + (push == null ? "" : ",\"push\":" + push) + ",\"pull\":" + pull + "}";
    }
}
