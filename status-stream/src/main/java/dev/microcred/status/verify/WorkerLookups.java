package dev.microcred.status.verify;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The verify requests that wait for or hold a worker thread (a hash forwarded to another instance or
 * read with the full plan, verification-meta.json): at most {@code status.verify.max-pending} at once.
 * One more is overload, which the protocol answers with 503 and Retry-After at once. Without the bound,
 * an owner that answers slowly would queue every verifier behind it until the verifier's own timeout,
 * and hold the heap meanwhile. Requests the event-loop route answers are not counted: they never wait.
 */
@ApplicationScoped
public class WorkerLookups {
    private final Semaphore slots;
    private final Executor workers;
    private final VerifyCounts counts;

    @Inject
    WorkerLookups(@ConfigProperty(name = "status.verify.max-pending") int maxPending, VerifyCounts counts) {
        this(maxPending, Infrastructure.getDefaultWorkerPool(), counts);
    }

    WorkerLookups(int maxPending, Executor workers, VerifyCounts counts) {
        this.slots = new Semaphore(maxPending);
        this.workers = workers;
        this.counts = counts;
    }

    /** {@code response} computed on a worker thread, or 503 at once when the bound is reached. */
    Uni<Response> run(Supplier<Response> response) {
        return Uni.createFrom().deferred(() -> {
            if (!slots.tryAcquire()) {
                counts.countOverloaded();
                return Uni.createFrom().item(VerifyResponses.notReady(VerifyResponses.RETRY_AFTER_SECONDS));
            }
            // Given back however the request ends: answered, failed, or abandoned by the client while queued.
            return Uni.createFrom().item(response).runSubscriptionOn(workers).onTermination().invoke(slots::release);
        });
    }
}
