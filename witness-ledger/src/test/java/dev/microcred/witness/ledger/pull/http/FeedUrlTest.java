package dev.microcred.witness.ledger.pull.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The feed token travels with every poll, so a ledger follows a feed over HTTPS unless told otherwise. */
class FeedUrlTest {

    @Test
    void anHttpsFeedIsFollowed() {
        assertEquals("https://issuer.example/feeds/us-witness",
                PullFollowing.requireHttps("https://issuer.example/feeds/us-witness", false));
    }

    @Test
    void aPlainHttpFeedIsRefusedWithTheReason() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PullFollowing.requireHttps("http://issuer.example/feeds/us-witness", false));
        assertTrue(refused.getMessage().contains("must be https://"), refused.getMessage());
    }

    @Test
    void aPlainHttpFeedIsFollowedWhenAllowed() {
        assertEquals("http://127.0.0.1:8083/feeds/us-witness",
                PullFollowing.requireHttps("http://127.0.0.1:8083/feeds/us-witness", true));
    }
}
