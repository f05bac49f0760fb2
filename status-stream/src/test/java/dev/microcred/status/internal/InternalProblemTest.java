package dev.microcred.status.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The internal API's errors are problem+json, unlike the public verify endpoint's empty bodies. */
class InternalProblemTest {

    @Test
    void aMissingTokenIsA401ProblemWithItsChallenge() {
        InternalAnswer response = InternalProblem.notAuthenticated();
        assertEquals(401, response.status());
        assertEquals("Bearer", response.headers().get("WWW-Authenticate"));
        assertProblem(response, "urn:microcred:problem:not-authenticated", 401);
    }

    @Test
    void anUnknownHashIsA404Problem() {
        assertProblem(InternalProblem.unknownHash(), "urn:microcred:problem:unknown-hash", 404);
    }

    @Test
    void aStoreThatCannotAnswerIsA503ProblemWithRetryAfter() {
        InternalAnswer response = InternalProblem.notReady(5);
        assertEquals("5", response.headers().get("Retry-After"));
        assertProblem(response, "urn:microcred:problem:not-ready", 503);
    }

    private static void assertProblem(InternalAnswer response, String type, int status) {
        assertEquals(status, response.status());
        assertEquals(InternalProblem.MEDIA_TYPE, response.contentType());
        InternalProblem problem = (InternalProblem) response.body();
        assertEquals(type, problem.type());
        assertEquals(status, problem.status());
    }
}
