package dev.microcred.forwarder.leadership;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.Eventually;
import dev.microcred.support.leadership.Leadership;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The forwarder under test leads (it runs alone), says so in its metrics, and gives the lead up
 * when asked. How the lock behaves between instances is service-support's LeadershipTest.
 */
@QuarkusTest
class LeaderElectionTest {
    /** Read when first used: the application's configuration exists once it runs. */
    private final Leadership.Sessions sessions = () -> {
        Config config = ConfigProvider.getConfig();
        return Leadership.Sessions.of(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class), "leader-election-test",
                Duration.ofSeconds(10)).open();
    };

    @Inject
    LeaderElection election;

    @Test
    void theApplicationUnderTestIsTheLeaderAndSaysSoInItsMetrics() throws Exception {
        Eventually.within(Duration.ofSeconds(15), "forwarder_leader 1", () -> leaderGauge() == 1.0);

        assertTrue(Leadership.tryAcquire(sessions, LeaderElection.LOCK_KEY).isEmpty(), "someone else holds the lock");
    }

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

    private static double leaderGauge() {
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("forwarder_leader ") || l.startsWith("forwarder_leader{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }
}
