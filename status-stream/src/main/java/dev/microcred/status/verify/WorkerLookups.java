package dev.microcred.status.verify;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The verify requests that wait for or hold a worker thread (a hash forwarded to another instance or
 * read with the full plan, verification-meta.json), and what they answer when they cannot answer.
 * <ul>
 * <li>At most {@code status.verify.max-pending} at once: one more is overload, which the protocol
 * answers with 503 and Retry-After at once. Without the bound, an owner that answers slowly would
 * queue every verifier behind it until the verifier's own timeout, and hold the heap meanwhile.
 * <li>A lookup that throws (a stored record that no longer decodes, a bug) is the protocol's 503 with
 * Retry-After too, never a guess, and never a 500 without the CORS header a browser client needs.
 * </ul>
 * Requests the event-loop route answers are not counted here: they never wait.
 */
@ApplicationScoped
public class WorkerLookups {
    private static final Logger LOG = Logger.getLogger(WorkerLookups.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final Semaphore slots;
    private final Executor workers;
    private final VerifyCounts counts;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    @Inject
    WorkerLookups(@ConfigProperty(name = "status.verify.max-pending") int maxPending, VerifyCounts counts) {
        this(maxPending, Infrastructure.getDefaultWorkerPool(), counts);
    }

    WorkerLookups(int maxPending, Executor workers, VerifyCounts counts) {
        this.slots = new Semaphore(maxPending);
        this.workers = workers;
        this.counts = counts;
    }

    /** {@code response} computed on a worker thread; 503 at once when the bound is reached, or when it throws. */
    Uni<Response> run(Supplier<Response> response) {
        return Uni.createFrom().deferred(() -> {
            if (!slots.tryAcquire()) {
                counts.countOverloaded();
                return Uni.createFrom().item(VerifyResponses.notReady(VerifyResponses.RETRY_AFTER_SECONDS));
            }
            // Given back by the worker itself (a client that gives up cancels the request, not the thread's work),
            // or here if no worker ever took it (a pool that refuses tasks while shutting down).
            AtomicBoolean held = new AtomicBoolean(true);
            return Uni.createFrom().item(() -> answerOnWorker(response, held)).runSubscriptionOn(workers)
                    .onFailure().recoverWithItem(refused -> {
                        giveBack(held);
                        return VerifyResponses.notReady(VerifyResponses.RETRY_AFTER_SECONDS);
                    });
        });
    }

    private Response answerOnWorker(Supplier<Response> response, AtomicBoolean held) {
        try {
            return response.get();
        } catch (RuntimeException e) {
            counts.countFailed();
            logNowAndThen(e);
            return VerifyResponses.notReady(VerifyResponses.RETRY_AFTER_SECONDS);
        } finally {
            giveBack(held);
        }
    }

    private void giveBack(AtomicBoolean held) {
        if (held.compareAndSet(true, false)) {
            slots.release();
        }
    }

    /** With its stack trace, but at most once in ten seconds: a record that no longer decodes fails every lookup of it. */
    private void logNowAndThen(RuntimeException e) {
        long last = lastLogged.get();
        long now = System.nanoTime();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.error("verify lookup failed; answering 503 (further failures in the next 10 s only counted,"
                    + " verify_answers_total{answer=\"failed\"})", e);
        }
    }
}
