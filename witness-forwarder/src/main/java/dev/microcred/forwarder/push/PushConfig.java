package dev.microcred.forwarder.push;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** {@code forwarder.push.*}; each key is explained in application.properties. */
@ConfigMapping(prefix = "forwarder.push")
public interface PushConfig {
    int batchSize();

    Duration timeout();

    Duration initialBackoff();

    Duration maxBackoff();

    Duration parkAfter();

    Duration idleInterval();

    /** Accept http:// push URLs (local stacks, tests). Read at registration, by WitnessRegistrar. */
    boolean allowPlainHttp();

    /** Push to loopback, private and link-local addresses (local stacks, tests); see PushDestinations. */
    boolean allowPrivateAddresses();

    /** The largest answer read from a witness; a larger one is a failed attempt. */
    int maxResponseBytes();
}
