package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Verify requests bound for worker threads: a bounded number wait, one more is overload (protocol §5). */
class WorkerLookupsTest {
    private static final Duration SOON = Duration.ofSeconds(10);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final WorkerLookups lookups = new WorkerLookups(2, workers, new VerifyCounts(meters));

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void oneRequestMoreThanTheBoundIsOverloadAnsweredAtOnceAndLaterOnesGetThroughAgain() throws Exception {
        // Given two lookups held on workers by an owner that does not answer yet
        CountDownLatch ownerAnswers = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2);
        List<CompletableFuture<Response>> held = List.of(waitingFor(ownerAnswers, running),
                waitingFor(ownerAnswers, running));
        assertTrue(running.await(SOON.toSeconds(), TimeUnit.SECONDS));

        // When a third arrives, it is 503 with Retry-After without waiting, and counted as overload
        Response third = answer();
        assertEquals(503, third.getStatus());
        assertEquals(String.valueOf(VerifyResponses.RETRY_AFTER_SECONDS), third.getHeaderString("Retry-After"));
        assertEquals("*", third.getHeaderString("Access-Control-Allow-Origin"));
        assertEquals(1.0, meters.get(VerifyCounts.METER).tag("answer", VerifyCounts.OVERLOADED).counter().count());

        // Then once the owner answers, the held ones complete and new lookups run again
        ownerAnswers.countDown();
        for (CompletableFuture<Response> response : held) {
            assertEquals(200, response.get(SOON.toSeconds(), TimeUnit.SECONDS).getStatus());
        }
        assertEquals(200, answer().getStatus());
        assertEquals(200, answer().getStatus());
    }

    @Test
    void aLookupThatThrowsIsThe503OfAStoreThatCannotAnswerAndGivesItsPlaceBack() {
        // Given lookups that throw (a stored record that no longer decodes), more of them than the bound
        for (int i = 0; i < 3; i++) {
            Response response = lookups.run(() -> {
                throw new IllegalStateException("stored record does not decode");
            }).await().atMost(SOON);
            // Then each is 503 with Retry-After and CORS, never a 500 a browser client cannot read
            assertEquals(503, response.getStatus());
            assertEquals(String.valueOf(VerifyResponses.RETRY_AFTER_SECONDS), response.getHeaderString("Retry-After"));
            assertEquals("*", response.getHeaderString("Access-Control-Allow-Origin"));
        }
        assertEquals(3.0, meters.get(VerifyCounts.METER).tag("answer", VerifyCounts.FAILED).counter().count());
        // And the places are free again
        assertEquals(200, answer().getStatus());
    }

    @Test
    void aClientThatGivesUpDoesNotFreeThePlaceWhileItsLookupStillHoldsAWorker() throws Exception {
        // Given one place, taken by a lookup waiting on a slow owner, whose client then gives up
        WorkerLookups one = new WorkerLookups(1, workers, new VerifyCounts(meters));
        CountDownLatch ownerAnswers = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        var abandoned = one.run(() -> {
            running.countDown();
            awaitQuietly(ownerAnswers);
            return Response.ok("OK").build();
        }).subscribe().with(response -> { });
        assertTrue(running.await(SOON.toSeconds(), TimeUnit.SECONDS));
        abandoned.cancel();
        // Then the next request is still overload, since the worker is still busy with the first
        assertEquals(503, one.run(() -> Response.ok("OK").build()).await().atMost(SOON).getStatus());
        // And once the owner answers, the place is free
        ownerAnswers.countDown();
        long deadline = System.nanoTime() + SOON.toNanos();
        int status = 503;
        while (status == 503 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = one.run(() -> Response.ok("OK").build()).await().atMost(SOON).getStatus();
        }
        assertEquals(200, status);
    }

    @Test
    void aPoolThatRefusesTheTaskGivesThePlaceBackAnd503() {
        // Given a worker pool that refuses every task, as one does while shutting down, and a single place
        WorkerLookups refusing = new WorkerLookups(1, task -> {
            throw new RejectedExecutionException("shutting down");
        }, new VerifyCounts(meters));
        // When two requests come one after the other / Then both are 503, and neither was turned away as
        // overload: the first one's place came back although no worker ever ran it
        assertEquals(503, refusing.run(() -> Response.ok("OK").build()).await().atMost(SOON).getStatus());
        assertEquals(503, refusing.run(() -> Response.ok("OK").build()).await().atMost(SOON).getStatus());
        assertEquals(0.0, meters.get(VerifyCounts.METER).tag("answer", VerifyCounts.OVERLOADED).counter().count());
    }

    private Response answer() {
        return lookups.run(() -> Response.ok("OK").build()).await().atMost(SOON);
    }

    private CompletableFuture<Response> waitingFor(CountDownLatch ownerAnswers, CountDownLatch running) {
        return lookups.run(() -> {
            running.countDown();
            awaitQuietly(ownerAnswers);
            return Response.ok("OK").build();
        }).subscribeAsCompletionStage();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
