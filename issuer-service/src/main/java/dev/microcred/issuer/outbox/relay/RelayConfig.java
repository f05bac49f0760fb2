package dev.microcred.issuer.outbox.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "outbox.relay")
interface RelayConfig {
    /** False leaves events in the outbox; they go out once a relay runs again. */
    @WithDefault("true")
    boolean enabled();

    /** Pause between polls of an empty outbox. */
    @WithDefault("200ms")
    Duration interval();

    /** Events per Kafka transaction. */
    @WithDefault("200")
    int batchSize();

    /**
     * How often the relay tells status-stream, through every partition, that the outbox is published
     * up to now; status.max-staleness there must leave room for it.
     */
    @WithDefault("1s")
    Duration heartbeatInterval();

    @WithDefault("issuer-outbox-relay")
    String transactionalId();
}
