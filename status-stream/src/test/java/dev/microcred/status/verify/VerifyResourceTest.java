package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** What the verify resource answers when a lookup fails in a way nothing below it caught. */
class VerifyResourceTest {
    private final VerifyResource resource = new VerifyResource(null, null, null, null, null);

    @Test
    void anUnexpectedFailureIsTheProtocols503WithRetryAfterAndCors() {
        // Given a lookup that throws (a stored record that no longer decodes)
        // When the resource maps it
        Response response = resource.cannotAnswer(new IllegalArgumentException("stored record does not decode"));

        // Then the client hears "cannot answer now, retry", not a 500 its browser may not even read
        assertEquals(503, response.getStatus());
        assertEquals(String.valueOf(VerifyResponses.RETRY_AFTER_SECONDS), response.getHeaderString("Retry-After"));
        assertEquals("*", response.getHeaderString("Access-Control-Allow-Origin"));
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
    }

    @Test
    void anHttpErrorKeepsItsOwnAnswer() {
        assertEquals(406, resource.cannotAnswer(new NotAcceptableException()).getStatus());
    }
}
