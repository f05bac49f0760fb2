package dev.microcred.witness.ledger.pull;

import static dev.microcred.witness.ledger.SeedDeltas.delta;
import static dev.microcred.witness.ledger.SeedDeltas.newHash;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.microcred.witness.ledger.RealPostgres;
import dev.microcred.witness.ledger.pull.http.PullFollowing;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealPostgres.class)
class PullFollowerTest {

    @Inject
    PullFollowing following;

    @Inject
    DataSource dataSource;

    @Test
    void theFollowerAppendsFeedDeltasAndResumesFromItsStoredCursor() throws Exception {
        try (FakeFeed feed = new FakeFeed()) {
            // Given a feed with three deltas
            List<String> hashes = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                hashes.add(newHash());
                feed.publish(delta(hashes.get(i - 1), "VALID", i));
            }

            // When the witness follows it
            FeedFollower follower = following.follow(feed.url(), FakeFeed.TOKEN);
            awaitWitnessed(hashes.get(2));
            follower.stop();

            // Then all three are leaves from the pull, and the cursor after them is stored
            assertEquals("3", storedCursor(feed.url()));
            assertEquals(List.of("pull", "pull", "pull"), sources(hashes));

            // When two more arrive while it is stopped, and it starts again
            hashes.add(newHash());
            hashes.add(newHash());
            feed.publish(delta(hashes.get(3), "REVOKED", 4));
            feed.publish(delta(hashes.get(4), "VALID", 5));
            feed.afters.clear();
            FeedFollower restarted = following.follow(feed.url(), FakeFeed.TOKEN);
            awaitWitnessed(hashes.get(4));
            restarted.stop();

            // Then it asked only for what came after the stored cursor, and nothing was witnessed twice
            assertEquals("3", feed.afters.get(0));
            assertEquals("5", storedCursor(feed.url()));
            for (String hash : hashes) {
                given().get("/v/" + hash).then().statusCode(200).body("deltas.size()", equalTo(1));
            }
        }
    }

    @Test
    void aWrongTokenWitnessesNothingAndMovesNoCursor() throws Exception {
        try (FakeFeed feed = new FakeFeed()) {
            String hash = newHash();
            feed.publish(delta(hash, "VALID", 1));

            FeedFollower follower = following.follow(feed.url(), "wrong-token");
            Thread.sleep(700);
            follower.stop();

            given().get("/v/" + hash).then().statusCode(404);
            assertEquals(null, storedCursor(feed.url()));
            assertTrue(feed.afters.isEmpty());
        }
    }

    private static void awaitWitnessed(String hash) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (given().get("/v/" + hash).statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        fail("not witnessed within 15 s: " + hash);
    }

    private String storedCursor(String feedUrl) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select cursor from pull_cursor where feed_url = ?")) {
            select.setString(1, feedUrl);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private List<String> sources(List<String> hashes) throws Exception {
        List<String> sources = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select source from leaf where hash = ?")) {
            for (String hash : hashes) {
                select.setString(1, hash);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    sources.add(row.getString(1));
                }
            }
        }
        return sources;
    }
}
