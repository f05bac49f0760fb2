package dev.microcred.status.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The internal API's errors are problem+json, unlike the public verify endpoint's empty bodies. */
class InternalProblemTest {

    @Test
    void aMissingTokenIsA401ProblemWithItsChallenge() {
        Response response = InternalProblem.notAuthenticated();
        assertEquals(401, response.getStatus());
        assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"));
        assertProblem(response, "urn:microcred:problem:not-authenticated", 401);
    }

    @Test
    void anUnknownHashIsA404Problem() {
        assertProblem(InternalProblem.unknownHash(), "urn:microcred:problem:unknown-hash", 404);
    }

    @Test
    void aStoreThatCannotAnswerIsA503ProblemWithRetryAfter() {
        Response response = InternalProblem.notReady(5);
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertProblem(response, "urn:microcred:problem:not-ready", 503);
    }

    private static void assertProblem(Response response, String type, int status) {
        assertEquals(status, response.getStatus());
        assertEquals(InternalProblem.MEDIA_TYPE, response.getMediaType().toString());
        InternalProblem problem = (InternalProblem) response.getEntity();
        assertEquals(type, problem.type());
        assertEquals(status, problem.status());
    }
}
