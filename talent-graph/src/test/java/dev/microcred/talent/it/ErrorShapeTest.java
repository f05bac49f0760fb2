package dev.microcred.talent.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Errors the framework answers by itself have the same problem+json shape as ours (service-support's filter). */
@QuarkusTest
class ErrorShapeTest {

    @Test
    void anUnknownPathIsAProblem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:microcred:problem:http-404")).body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        given().delete("/api/v1/pathways").then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("urn:microcred:problem:http-405"));
    }

    @Test
    void aBodyThatIsNotJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{not json").post("/api/v1/checks").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
