package dev.microcred.forwarder.metrics;

import dev.microcred.forwarder.leadership.LeadershipChecked;
import dev.microcred.forwarder.witness.Witness;
import dev.microcred.forwarder.witness.persistence.WitnessStore;
import dev.microcred.forwarder.witness.service.WitnessRegistered;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Per-witness meters, tagged {@code witness} (and {@code mode} push/pull for the lag gauges, as a
 * witness may use both): witness_lag_deltas, witness_lag_seconds (age of the oldest undelivered
 * delta since the forwarder indexed it), witness_delivered_total, witness_retries_total and
 * witness_parked_total. Gauges query the database when scraped, which is cheap for tens of witnesses.
 *
 * <p>Every instance serves the lag gauges (they only read the database); the counters move on the
 * leader only, so sum them over instances. Gauges are (re-)registered at every leadership check,
 * which is idempotent, so a witness registered on another instance shows here within one interval.
 */
@ApplicationScoped
public class WitnessMetrics {
    private static final Logger LOG = Logger.getLogger(WitnessMetrics.class);

    private final MeterRegistry registry;
    private final DeliveryMonitor monitor;
    private final WitnessStore witnesses;

    WitnessMetrics(MeterRegistry registry, DeliveryMonitor monitor, WitnessStore witnesses) {
        this.registry = registry;
        this.monitor = monitor;
        this.witnesses = witnesses;
    }

    void registerAll(@Observes LeadershipChecked check) {
        try {
            witnesses.all().forEach(this::gauges);
        } catch (RuntimeException e) {
            LOG.warnf("could not list witnesses for their gauges, trying again at the next check: %s", e.toString());
        }
    }

    void registered(@Observes WitnessRegistered event) {
        gauges(event.witness());
    }

    public void delivered(String witnessId, int deltas) {
        counter("witness.delivered", witnessId).increment(deltas);
    }

    public void retried(String witnessId) {
        counter("witness.retries", witnessId).increment();
    }

    public void parked(String witnessId, int deltas) {
        counter("witness.parked", witnessId).increment(deltas);
    }

    private Counter counter(String name, String witnessId) {
        return registry.counter(name, "witness", witnessId);
    }

    private void gauges(Witness w) {
        if (w.pushes()) {
            gauge(w, "push", monitor::push);
        }
        if (w.pull()) {
            gauge(w, "pull", monitor::pull);
        }
    }

    private void gauge(Witness w, String mode, Function<Witness, DeliveryState> state) {
        Gauge.builder("witness.lag.deltas", () -> read(w, state, false)).tag("witness", w.id()).tag("mode", mode)
                .strongReference(true).register(registry);
        Gauge.builder("witness.lag.seconds", () -> read(w, state, true)).tag("witness", w.id()).tag("mode", mode)
                .strongReference(true).register(registry);
    }

    private double read(Witness w, Function<Witness, DeliveryState> state, boolean seconds) {
        try {
            DeliveryState s = state.apply(w);
            return seconds ? s.lagSeconds() : s.lagDeltas();
        } catch (RuntimeException e) {
            LOG.warnf("lag of witness %s unavailable: %s", w.id(), e.toString());
            return Double.NaN;
        }
    }
}
