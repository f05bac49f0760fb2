package dev.microcred.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microcred.infra.FreePort;
import dev.microcred.infra.ScratchDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two status-stream instances of one application split the partitions between them, each with a
 * standby of the other's. Any instance answers for any hash (it asks the owner server-side), and
 * while one instance goes away and its partitions move, the survivor answers every hash correctly
 * or with 503, never with a wrong status and never 404 for an issued hash. No witness firms here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatusInstancesIT {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final int CREDENTIALS = 30;
    private static final String OK = "{\"status\":\"OK\"}";
    private static final String REVOKED = "{\"status\":\"REVOKED\"}";

    /** Where a verifier asks for a hash, and what it must hear. */
    private record Expected(String host, String path, String body) {
    }

    private final ScratchDirectory data = ScratchDirectory.create("status-instances-it-");
    private final Map<String, Expected> expected = new LinkedHashMap<>();
    private LocalStack stack;
    private ServiceProcess first;
    private ServiceProcess second;
    private int partitions;

    @BeforeAll
    void startTwoInstances() {
        stack = LocalStack.start(StackLayout.freePorts(ProjectRoot.path(), data.path()), List.of());
        first = stack.status();
        second = stack.statusService("status-stream-2", FreePort.pick()).start();
    }

    @AfterAll
    void stopPlatform() {
        if (second != null) {
            second.close();
        }
        if (stack != null) {
            stack.close();
        }
        data.close();
    }

    @Test
    @Order(1)
    void everyHashAnswersCorrectlyFromBothInstances() {
        // Given both instances own some of the partitions
        partitions = Eventually.within(WITHIN, this::activePartitionsPerMember, owners -> owners.size() == 2).stream()
                .mapToInt(Integer::intValue).sum();
        // When two issuers issue thirty credentials and revoke every fourth
        String awsKey = Http.createIssuer(stack, Seed.AWS_ISSUER);
        String cgKey = Http.createIssuer(stack, Seed.CITY_AND_GUILDS);
        for (int i = 0; i < CREDENTIALS; i++) {
            boolean aws = i % 2 == 0;
            String issuerId = aws ? "aws-training" : "city-and-guilds";
            String key = aws ? awsKey : cgKey;
            Http.Answer issued = Http.send("POST", credentialsUrl(issuerId), key, aws
                    ? Seed.LAMBDA.replace("jc-lambda-2026", "jc-lambda-" + i).replace("\"scorePercent\":94", "\"scorePercent\":" + (50 + i))
                    : Seed.competency("2365-03-Unit-" + (400 + i)));
            assertEquals(201, issued.status(), issued.body());
            boolean revoke = i % 4 == 0;
            if (revoke) {
                Http.Answer revoked = Http.send("POST", credentialsUrl(issuerId) + "/" + issued.field("id") + "/revoke", key,
                        "{\"reason\":\"FRAUD\"}");
                assertEquals(200, revoked.status(), revoked.body());
            }
            expected.put(issued.field("hash"), aws
                    ? new Expected("aws.training", "/cred/jc-lambda-" + i + "/", revoke ? REVOKED : OK)
                    : new Expected("cityandguilds.com", "/v/7891234-308/", revoke ? REVOKED : OK));
        }
        // Then every hash answers as issued from either instance, with the issuer's domain in Host
        Eventually.within(WITHIN, () -> wrongAnswers(first), Map::isEmpty);
        assertEquals(Map.of(), wrongAnswers(second));
        assertEquals(Map.of(), wrongAnswers(first));
        // And, from either, a hash never issued is 404, as is an AWS hash asked through another issuer's domain
        String awsHash = expected.keySet().iterator().next();
        for (ServiceProcess instance : List.of(first, second)) {
            assertEquals(404, Http.verify(instance.url(), "aws.training", "/cred/" + "0".repeat(64), "application/json").status());
            Http.Answer elsewhere = Http.verify(instance.url(), "cityandguilds.com", "/v/" + awsHash, "application/json");
            assertEquals(404, elsewhere.status());
            assertEquals(VerifyHeaders.notCached(), VerifyHeaders.of(elsewhere));
        }
    }

    @Test
    @Order(2)
    void whileOneInstanceStopsTheSurvivorAnswersCorrectlyOr503AndThenAllCorrectly() {
        // Given every hash answers correctly from both instances
        assertEquals(Map.of(), wrongAnswers(second));
        // When the first instance stops, its partitions moving to the second
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(first::close);
        List<String> wrong = new ArrayList<>();
        int unavailable = 0;
        int correctRoundsAfterMove = 0;
        long stoppedAt = System.nanoTime();
        long movedAfterMillis = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (correctRoundsAfterMove < 3 && System.nanoTime() < deadline) {
            // Moved: the first instance is gone, the group gave every partition to the survivor, and the
            // survivor is ready (running, its active stores restored)
            boolean moved = stopping.isDone() && activePartitionsPerMember().equals(List.of(partitions))
                    && Http.send("GET", second.managementUrl() + "/q/health/ready", null, null).status() == 200;
            if (moved && movedAfterMillis < 0) {
                movedAfterMillis = Duration.ofNanos(System.nanoTime() - stoppedAt).toMillis();
            }
            int correct = 0;
            for (Map.Entry<String, Expected> e : expected.entrySet()) {
                Http.Answer answer = verify(second, e.getKey(), e.getValue());
                if (answer.status() == 200 && answer.body().equals(e.getValue().body())) {
                    correct++;
                } else if (answer.status() == 503) {
                    assertTrue(answer.raw().headers().firstValue("Retry-After").isPresent(), "503 without Retry-After");
                    assertEquals(VerifyHeaders.notReady(), VerifyHeaders.of(answer));
                    unavailable++;
                } else {
                    wrong.add(e.getKey() + " answered " + answer.status() + " " + answer.body() + ", expected " + e.getValue().body());
                }
            }
            correctRoundsAfterMove = moved && correct == expected.size() ? correctRoundsAfterMove + 1 : 0;
        }
        stopping.join();
        System.out.println("StatusInstancesIT: partitions moved after " + movedAfterMillis + " ms; 503 answers meanwhile: "
                + unavailable);
        // Then no answer was ever wrong (503 is allowed), and in the end the survivor answers every hash itself
        assertEquals(List.of(), wrong);
        assertEquals(3, correctRoundsAfterMove, "the survivor did not take over every partition and answer all hashes");
    }

    /**
     * The hashes an instance does not answer as issued right now, with what it said. Headers count too:
     * an answer the instance read itself and one it asked its peer for must look the same.
     */
    private Map<String, String> wrongAnswers(ServiceProcess instance) {
        Map<String, String> wrong = new LinkedHashMap<>();
        expected.forEach((hash, e) -> {
            Http.Answer answer = verify(instance, hash, e);
            if (answer.status() != 200 || !answer.body().equals(e.body())
                    || !VerifyHeaders.of(answer).equals(VerifyHeaders.public200(VerifyHeaders.JSON, 30))) {
                wrong.put(hash, answer.status() + " " + answer.body() + " " + VerifyHeaders.of(answer));
            }
        });
        return wrong;
    }

    private static Http.Answer verify(ServiceProcess instance, String hash, Expected e) {
        return Http.verify(instance.url(), e.host(), e.path() + hash, "application/json");
    }

    /** For each member of the status-stream group that owns active tasks, its input partitions; empty while not stable. */
    private List<Integer> activePartitionsPerMember() {
        try (Admin admin = Admin.create(stack.operatorKafka().clientConfig())) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("status-stream")).all().get()
                    .get("status-stream");
            if (group.groupState() != GroupState.STABLE) {
                return List.of();
            }
            return group.members().stream()
                    .map(m -> (int) m.assignment().topicPartitions().stream()
                            .filter(tp -> tp.topic().equals("credential-events")).count())
                    .filter(n -> n > 0).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String credentialsUrl(String issuerId) {
        return stack.issuer().url() + "/api/v1/issuers/" + issuerId + "/credentials";
    }
}
