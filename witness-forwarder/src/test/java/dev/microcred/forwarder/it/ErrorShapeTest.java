package dev.microcred.forwarder.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Errors the framework answers by itself have the same problem+json shape as ours (service-support's filter). */
@QuarkusTest
class ErrorShapeTest {

    @Test
    void anUnknownPathIsAProblem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:microcred:problem:http-404")).body("instance", equalTo("/api/v1/nothing-here"));
    }
}
