package dev.microcred.status.verify;

import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * One Vert.x event loop per core, as nginx runs one worker per core, instead of Quarkus' default of
 * two per core. Verify lookups of owned hashes run start to end on the event loops, so a loop per
 * core lets each wake-up serve more ready connections and the cores switch between fewer threads:
 * in the verify benchmark on two cores, 31,684 req/s with four loops, 33,860 with two. The ordinal
 * sits below application.properties (250) and the environment (300), so
 * {@code quarkus.vertx.event-loops-pool-size} set there (or QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE)
 * still decides.
 */
public class EventLoopPerCore implements ConfigSource {
    static final String EVENT_LOOPS = "quarkus.vertx.event-loops-pool-size";
    static final int ORDINAL = 50;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(EVENT_LOOPS);
    }

    @Override
    public String getValue(String propertyName) {
        return EVENT_LOOPS.equals(propertyName) ? Integer.toString(Runtime.getRuntime().availableProcessors()) : null;
    }

    @Override
    public String getName() {
        return "status-stream: one event loop per core";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
