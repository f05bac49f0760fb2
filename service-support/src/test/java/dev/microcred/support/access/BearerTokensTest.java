package dev.microcred.support.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A token is rotated without locking callers out: during the change both are accepted, and the first is sent. */
class BearerTokensTest {

    @Test
    void duringARotationBothTokensAreAcceptedAndTheFirstIsSent() {
        //Given instances moving from the old peer token to the new one
        BearerTokens rotating = BearerTokens.of("new-peer-token, old-peer-token");

        //Then a caller still on either is let in, and this instance already sends the new one
        assertTrue(rotating.accepts("Bearer new-peer-token"));
        assertTrue(rotating.accepts("Bearer old-peer-token"));
        assertEquals("Bearer new-peer-token", rotating.authorization());
    }

    @Test
    void anythingElseIsRefused() {
        BearerTokens tokens = BearerTokens.of("tools-token");
        assertFalse(tokens.accepts(null));
        assertFalse(tokens.accepts("Bearer tools-token2"));
        assertFalse(tokens.accepts("bearer tools-token"));
        assertFalse(tokens.accepts("Bearer "));
    }

    @Test
    void anEmptyListIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> BearerTokens.of(" , "));
    }

    @Test
    void aRefusedCallerIsToldWhatTheEndpointWantsNeverTheTokens() {
        BearerTokens operators = BearerTokens.of("operator-token");
        operators.require("Bearer operator-token", "the operator token is not valid");

        NotAuthenticatedException refused = assertThrows(NotAuthenticatedException.class,
                () -> operators.require("Bearer guessed", "the operator token is not valid"));
        assertEquals("the operator token is not valid", refused.getMessage());
    }

    @Test
    void aTokenLookedUpByItsDigestIsTakenFromTheHeader() {
        assertEquals("hld_ab12", Bearer.token("Bearer hld_ab12"));
        assertThrows(NotAuthenticatedException.class, () -> Bearer.token(null));
        assertThrows(NotAuthenticatedException.class, () -> Bearer.token("Basic dXNlcjpwYXNz"));
        assertThrows(NotAuthenticatedException.class, () -> Bearer.token("Bearer  "));
    }
}
