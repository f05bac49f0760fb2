package dev.microcred.support.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.FreePort;
import dev.microcred.infra.PostgresServer;
import dev.microcred.infra.ScratchDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Leadership between instances, played by sessions on a real PostgreSQL: each {@link Leadership}
 * below stands for one instance of a service. Each test uses a key of its own.
 */
class LeadershipTest {
    private static ScratchDirectory scratch;
    private static PostgresServer postgres;
    private static Leadership.Sessions sessions;

    @BeforeAll
    static void startPostgres() {
        scratch = ScratchDirectory.create("leadership-test");
        postgres = PostgresServer.start(scratch.resolve("pg"), FreePort.pick());
        sessions = Leadership.Sessions.of(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password(),
                "leadership-test", Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
        scratch.close();
    }

    @Test
    void ofTwoInstancesOnlyOneLeads() throws Exception {
        // Given an instance that leads
        try (Leadership first = Leadership.tryAcquire(sessions, 1).orElseThrow()) {
            // When a second one tries, then it stays a standby, and the first still leads
            assertTrue(Leadership.tryAcquire(sessions, 1).isEmpty());
            assertTrue(first.held());
        }
    }

    @Test
    void jobsWithOtherKeysDoNotStandInEachOthersWay() throws Exception {
        try (Leadership relay = Leadership.tryAcquire(sessions, 2).orElseThrow();
                Leadership forwarder = Leadership.tryAcquire(sessions, 3).orElseThrow()) {
            assertTrue(relay.held());
            assertTrue(forwarder.held());
        }
    }

    @Test
    void whenTheLeaderResignsTheStandbyTakesOver() throws Exception {
        // Given a leader and a standby that tried in vain
        Leadership first = Leadership.tryAcquire(sessions, 4).orElseThrow();
        assertTrue(Leadership.tryAcquire(sessions, 4).isEmpty());

        // When the leader closes its session (shutdown)
        first.close();

        // Then the standby's next try wins
        try (Leadership second = Leadership.tryAcquire(sessions, 4).orElseThrow()) {
            assertTrue(second.held());
            assertFalse(first.held());
        }
    }

    @Test
    void whenTheLeadersSessionDiesItKnowsAndTheStandbyTakesOver() throws Exception {
        // Given a leader
        try (Leadership first = Leadership.tryAcquire(sessions, 5).orElseThrow()) {
            // When the database ends its session (a crash, a network cut, an administrator), and waits for it to end
            assertEquals(1, terminateSessionHolding(5));

            // Then the leader's check says it no longer leads, and a standby takes over
            assertFalse(first.held());
            try (Leadership second = Leadership.tryAcquire(sessions, 5).orElseThrow()) {
                assertTrue(second.held());
            }
        }
    }

    private static int terminateSessionHolding(long key) throws Exception {
        String sql = "select count(*) filter (where pg_terminate_backend(pid, 5000)) from pg_locks"
                + " where locktype = 'advisory' and granted and objsubid = 1"
                + " and (classid::bigint << 32 | objid::bigint) = ?";
        try (Connection admin = sessions.open(); PreparedStatement q = admin.prepareStatement(sql)) {
            q.setLong(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
