package dev.microcred.forwarder.leadership;

import dev.microcred.support.leadership.Leadership;
import dev.microcred.support.loop.BackgroundLoop;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Decides whether this instance runs the feed consumer and the push workers. Every instance
 * serves the API and the pull feed; only the holder of {@link Leadership} writes the feed index
 * and pushes. A standby retries the lock every retry interval; a leader checks that it still holds
 * it just as often, and on losing it announces so (its workers stop) before trying to regain it.
 *
 * <p>Between a leader's session dying and its next check, a new leader may already run: up to one
 * interval of overlap. That is harmless: feed appends serialize on a lock of their own (see
 * FeedIndex), and a push sent twice is de-duplicated by the witness on the delta id.
 */
@ApplicationScoped
public class LeaderElection {
    private static final Logger LOG = Logger.getLogger(LeaderElection.class);
    /** "witnessf": a key of its own, apart from any other lock in the database. */
    static final long LOCK_KEY = 0x7769746e65737366L;

    private final Event<LeadershipChecked> checked;
    private final Leadership.Sessions sessions;
    private final Duration retryInterval;
    private volatile Leadership leadership;
    private final AtomicReference<String> resignation = new AtomicReference<>();
    private volatile long sitOutUntilNanos;
    private BackgroundLoop loop;

    LeaderElection(Event<LeadershipChecked> checked, MeterRegistry registry,
            @ConfigProperty(name = "forwarder.leadership.retry-interval") Duration retryInterval,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.checked = checked;
        this.retryInterval = retryInterval;
        this.sessions = Leadership.Sessions.of(url, user, password, "witness-forwarder-leadership",
                Duration.ofSeconds(Math.max(10, retryInterval.toSeconds() * 5)));
        Gauge.builder("forwarder.leader", () -> leading() ? 1 : 0).strongReference(true).register(registry);
    }

    public boolean leading() {
        return leadership != null;
    }

    /**
     * Asks this instance to give the lead up at its next check and to sit out a few intervals, so an
     * instance that can still reach Kafka takes over: the feed consumer calls it after failing again
     * and again. Safe from any thread; the election thread acts on it.
     */
    public void resign(String why) {
        resignation.set(why);
    }

    void start(@Observes StartupEvent startup) {
        loop = BackgroundLoop.start("leader-election", l -> {
            check();
            l.pause(retryInterval);
        }, (e, inARow) -> LOG.errorf("leadership check failed: %s", e.toString()), retryInterval);
    }

    /** First on shutdown: no check may restart the workers while they are being stopped. */
    void stopChecking(@Observes @Priority(1) ShutdownEvent shutdown) throws InterruptedException {
        loop.stop();
    }

    /** Last on shutdown, after the workers stopped: only then may another instance take over. */
    void resign(@Observes @Priority(10_000) ShutdownEvent shutdown) {
        Leadership current = leadership;
        leadership = null;
        if (current != null) {
            current.close();
            LOG.info("resigned leadership");
        }
    }

    void check() {
        Leadership current = leadership;
        String why = resignation.getAndSet(null);
        if (current != null && why != null) {
            current.close();
            leadership = null;
            sitOutUntilNanos = System.nanoTime() + retryInterval.multipliedBy(3).toNanos();
            LOG.errorf("resigned leadership (%s); another instance may take over", why);
        } else if (current != null && !current.held()) {
            current.close();
            leadership = null;
            LOG.error("lost leadership (database session gone); stopping the feed consumer and push workers");
        } else if (current == null && System.nanoTime() - sitOutUntilNanos >= 0) {
            try {
                leadership = Leadership.tryAcquire(sessions, LOCK_KEY).orElse(null);
                if (leadership != null) {
                    LOG.info("became the leader: running the feed consumer and push workers");
                }
            } catch (SQLException e) {
                LOG.warnf("could not try for leadership, retrying in %s: %s", retryInterval, e.toString());
            }
        }
        announce(leading());
    }

    private void announce(boolean leading) {
        try {
            checked.fire(new LeadershipChecked(leading));
        } catch (RuntimeException e) {
            LOG.errorf("an observer of the leadership check failed: %s", e.toString());
        }
    }
}
