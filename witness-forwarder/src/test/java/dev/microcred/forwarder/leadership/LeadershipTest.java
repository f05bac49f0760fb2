package dev.microcred.forwarder.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Leadership between instances, played by sessions on the real PostgreSQL of the test resource:
 * each {@link Leadership} below stands for one forwarder instance. A key of the test's own keeps
 * them apart from the application under test, which holds {@link LeaderElection#LOCK_KEY}.
 */
@QuarkusTest
class LeadershipTest {
    private static final long KEY = 0x746573746c656164L; // "testlead"

    private final Leadership.Sessions sessions = () -> {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    };

    @Test
    void ofTwoInstancesOnlyOneLeads() throws Exception {
        // Given an instance that leads
        try (Leadership first = Leadership.tryAcquire(sessions, KEY).orElseThrow()) {
            // When a second one tries, then it stays a standby, and the first still leads
            assertTrue(Leadership.tryAcquire(sessions, KEY).isEmpty());
            assertTrue(first.held());
        }
    }

    @Test
    void whenTheLeaderResignsTheStandbyTakesOver() throws Exception {
        // Given a leader and a standby that tried in vain
        Leadership first = Leadership.tryAcquire(sessions, KEY).orElseThrow();
        assertTrue(Leadership.tryAcquire(sessions, KEY).isEmpty());

        // When the leader closes its session (shutdown)
        first.close();

        // Then the standby's next try wins
        try (Leadership second = Leadership.tryAcquire(sessions, KEY).orElseThrow()) {
            assertTrue(second.held());
            assertFalse(first.held());
        }
    }

    @Test
    void whenTheLeadersSessionDiesItKnowsAndTheStandbyTakesOver() throws Exception {
        // Given a leader
        try (Leadership first = Leadership.tryAcquire(sessions, KEY).orElseThrow()) {
            // When the database ends its session (a crash, a network cut, an administrator), and waits for it to end
            assertEquals(1, terminateSessionHolding(KEY));

            // Then the leader's check says it no longer leads, and a standby takes over
            assertFalse(first.held());
            try (Leadership second = Leadership.tryAcquire(sessions, KEY).orElseThrow()) {
                assertTrue(second.held());
            }
        }
    }

    @Test
    void theApplicationUnderTestIsTheLeaderAndSaysSoInItsMetrics() throws Exception {
        Eventually.within(Duration.ofSeconds(15), "forwarder_leader 1", () -> leaderGauge() == 1.0);

        assertTrue(Leadership.tryAcquire(sessions, LeaderElection.LOCK_KEY).isEmpty(), "someone else holds the lock");
    }

    private int terminateSessionHolding(long key) throws Exception {
        String sql = "select count(*) filter (where pg_terminate_backend(pid, 5000)) from pg_locks where locktype = 'advisory' and granted"
                + " and objsubid = 1 and (classid::bigint << 32 | objid::bigint) = ?";
        try (Connection admin = sessions.open(); PreparedStatement q = admin.prepareStatement(sql)) {
            q.setLong(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static double leaderGauge() {
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("forwarder_leader ") || l.startsWith("forwarder_leader{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    @Inject
    LeaderElection election;

    @Test
    void aLeaderThatResignsSitsOutBeforeLeadingAgain() {
        // Given this application leads (no other instance runs)
        Eventually.within(Duration.ofSeconds(10), "this instance leads", election::leading);
        // When it resigns, as its feed consumer asks after failing again and again
        election.resign("a test's request");
        // Then it gives the lead up, and sits out (three retry intervals of 200 ms here) before taking it again
        Eventually.within(Duration.ofSeconds(5), "the lead is given up", () -> !election.leading());
        long gaveUp = System.nanoTime();
        Eventually.within(Duration.ofSeconds(10), "the lead is taken again", election::leading);
        long satOutMillis = Duration.ofNanos(System.nanoTime() - gaveUp).toMillis();
        assertTrue(satOutMillis >= 350, "took the lead again after only " + satOutMillis + " ms");
    }
}
