package dev.microcred.forwarder;

import dev.microcred.infra.ApicurioRegistry;
import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.infra.PostgresServer;
import dev.microcred.infra.ScratchDirectory;
import dev.microcred.schemas.KafkaConnection;
import dev.microcred.schemas.TopicProvisioning;
import dev.microcred.schemas.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL, KRaft broker and Apicurio Registry for the service under test; no Docker.
 * status-deltas is created here, as status-stream would in production, before the forwarder subscribes.
 * Declared global (on itself), so every {@code @QuarkusTest} of the module shares one application
 * and one set of servers; tests stay apart by using fresh jurisdictions and witness ids.
 */
@SuppressWarnings("deprecation")
@QuarkusTestResource(RealInfrastructure.class)
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
    private ScratchDirectory dir;
    private KafkaBroker broker;
    private PostgresServer postgres;
    private ApicurioRegistry registry;

    @Override
    public Map<String, String> start() {
        dir = ScratchDirectory.create("forwarder-it-");
        postgres = PostgresServer.start(dir.resolve("pg"), FreePort.pick());
        broker = KafkaBroker.startFresh(dir.resolve("kafka"));
        registry = ApicurioRegistry.start(FreePort.pick(), dir.resolve("registry.log"));
        TopicProvisioning.ensure(KafkaConnection.plaintext(broker.bootstrapServers()), List.of(Topics.STATUS_DELTAS), 3, (short) 1);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.database("forwarder"),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "apicurio.registry.url", registry.apiUrl(),
                "topics.partitions", "3");
    }

    @Override
    public void stop() {
        registry.close();
        broker.close();
        postgres.close();
        dir.close();
    }
}
