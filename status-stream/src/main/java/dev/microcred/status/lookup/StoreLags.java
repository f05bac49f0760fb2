package dev.microcred.status.lookup;

import dev.microcred.status.topology.StatusTopology;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.LagInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How far behind this instance's copies of the status store are, per partition, measured in the
 * background. Measuring asks the broker for the changelog end offsets, so it is not done per
 * request; a measurement older than {@code status.standby-lag-max-age} counts as none, so a
 * broker that stops answering turns standby reads off (503) instead of leaving an old "caught up"
 * in place. A standby answer can therefore trail the active by the lag bound plus one refresh.
 * An active copy that is running reports lag 0.
 */
@ApplicationScoped
public class StoreLags {
    private static final Logger LOG = Logger.getLogger(StoreLags.class);

    private record Measurement(Instant at, Map<Integer, Long> lagByPartition) {
    }

    private final KafkaStreams streams;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Measurement last = new Measurement(Instant.EPOCH, Map.of());

    StoreLags(KafkaStreams streams, Clock clock,
            @ConfigProperty(name = "status.standby-lag-max-age") Duration maxAge) {
        this.streams = streams;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Records this instance's copy of the partition is behind; empty without a copy or a fresh measurement. */
    public OptionalLong of(int partition) {
        Measurement m = last;
        Long lag = m.lagByPartition().get(partition);
        boolean fresh = !m.at().plus(maxAge).isBefore(clock.instant());
        return lag != null && fresh ? OptionalLong.of(lag) : OptionalLong.empty();
    }

    @Scheduled(every = "${status.standby-lag-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        if (!streams.state().isRunningOrRebalancing()) {
            return;
        }
        try {
            Map<Integer, LagInfo> lags = streams.allLocalStorePartitionLags().getOrDefault(StatusTopology.STATUS_STORE, Map.of());
            last = new Measurement(clock.instant(), lags.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().offsetLag())));
        } catch (RuntimeException e) {
            LOG.warnf("could not measure the status store's lag (standby reads pause until it can): %s", e.toString());
        }
    }
}
