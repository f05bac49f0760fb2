package dev.microcred.forwarder.it;

import static dev.microcred.forwarder.support.Operator.body;
import static dev.microcred.forwarder.support.Operator.operator;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.microcred.forwarder.support.Jurisdictions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Registering and inspecting witnesses: the operator API and its errors. */
@QuarkusTest
class WitnessApiTest {

    @Test
    void registrationShowsTheGeneratedSecretsOnceAndNeverAgain() {
        String id = Jurisdictions.freshWitnessId("eu-witness");
        String push = "{\"url\":\"https://witness-a.example/deltas\"}";

        operator().body(body(id, new String[] {"EU", "UK"}, push, true)).post("/api/v1/witnesses")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("pushSecret", matchesPattern("[0-9a-f]{64}"))
                .body("feedToken", startsWith("wft_"))
                .body("feedPath", equalTo("/feeds/" + id));

        operator().get("/api/v1/witnesses/" + id).then().statusCode(200)
                .body("jurisdictions", equalTo(java.util.List.of("EU", "UK")))
                .body("push.url", equalTo("https://witness-a.example/deltas"))
                .body("push.cursor", equalTo(0))
                .body("pushSecret", nullValue()).body("push.secret", nullValue()).body("feedToken", nullValue());
        operator().get("/api/v1/witnesses").then().statusCode(200).body("id", hasItem(id))
                .body("pushSecret", not(hasItem(org.hamcrest.Matchers.notNullValue())));
    }

    @Test
    void invalidRegistrationIsProblemJson422NamingEachField() {
        String push = "{\"url\":\"ftp://witness\",\"secret\":\"too-short\"}";

        operator().body(body("Bad_Id", new String[] {"europe"}, push, false)).post("/api/v1/witnesses")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:microcred:problem:invalid-registration"))
                .body("errors.field", equalTo(java.util.List.of("id", "jurisdictions[0]", "push.url", "push.secret")));
    }

    @Test
    void registrationWithoutPushOrPullIs422() {
        operator().body(body(Jurisdictions.freshWitnessId("w"), new String[] {"US"}, null, false))
                .post("/api/v1/witnesses").then().statusCode(422).body("errors[0].field", equalTo("push"));
    }

    @Test
    void secondRegistrationOfAnIdIs409() {
        String id = Jurisdictions.freshWitnessId("twice");
        operator().body(body(id, new String[] {"US"}, null, true)).post("/api/v1/witnesses").then().statusCode(201);

        operator().body(body(id, new String[] {"US"}, null, true)).post("/api/v1/witnesses")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:microcred:problem:duplicate-witness"));
    }

    @Test
    void bodyThatIsNotJsonIs400ProblemJson() {
        operator().body("{not json").post("/api/v1/witnesses").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void withoutTheOperatorTokenNothingIsShown() {
        given().get("/api/v1/witnesses").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer wrong").contentType("application/json")
                .body(body("w-x", new String[] {"US"}, null, true)).post("/api/v1/witnesses").then().statusCode(401);
    }

    @Test
    void unknownWitnessIs404() {
        operator().get("/api/v1/witnesses/no-such-witness").then().statusCode(404)
                .body("type", equalTo("urn:microcred:problem:unknown-witness"));
        operator().post("/api/v1/witnesses/no-such-witness/parked/redrive").then().statusCode(404);
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
