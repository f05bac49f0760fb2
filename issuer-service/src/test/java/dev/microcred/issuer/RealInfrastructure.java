package dev.microcred.issuer;

import dev.microcred.infra.ApicurioRegistry;
import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.infra.PostgresServer;
import dev.microcred.infra.ScratchDirectory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real PostgreSQL, KRaft broker and Apicurio Registry for the service under test; no Docker. */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
    private ScratchDirectory dir;
    private KafkaBroker broker;
    private PostgresServer postgres;
    private ApicurioRegistry registry;

    @Override
    public Map<String, String> start() {
        dir = ScratchDirectory.create("issuer-it-");
        postgres = PostgresServer.start(dir.resolve("pg"), FreePort.pick());
        broker = KafkaBroker.startFresh(dir.resolve("kafka"));
        registry = ApicurioRegistry.start(FreePort.pick(), dir.resolve("registry.log"));
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.database("issuer"),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "apicurio.registry.url", registry.apiUrl());
    }

    @Override
    public void stop() {
        registry.close();
        broker.close();
        postgres.close();
        dir.close();
    }
}
