package dev.microcred.status.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/** One event loop per core unless the deployment says otherwise. */
class EventLoopPerCoreTest {

    @Test
    void withoutASettingStatusStreamRunsOneEventLoopPerCore() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDiscoveredSources().build();

        assertEquals(Runtime.getRuntime().availableProcessors(),
                config.getValue(EventLoopPerCore.EVENT_LOOPS, Integer.class));
    }

    @Test
    void applicationPropertiesAndTheEnvironmentStillDecide() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new EventLoopPerCore(),
                new PropertiesConfigSource(Map.of(EventLoopPerCore.EVENT_LOOPS, "7"), "application.properties", 250))
                .build();

        assertEquals(7, config.getValue(EventLoopPerCore.EVENT_LOOPS, Integer.class));
        assertTrue(EventLoopPerCore.ORDINAL < ConfigSource.DEFAULT_ORDINAL);
    }

    @Test
    void itSetsNothingElse() {
        assertNull(new EventLoopPerCore().getValue("quarkus.http.io-threads"));
    }
}
