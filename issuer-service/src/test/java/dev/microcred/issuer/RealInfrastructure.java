package dev.microcred.issuer;

import dev.microcred.infra.ApicurioRegistry;
import dev.microcred.infra.FreePort;
import dev.microcred.infra.KafkaBroker;
import dev.microcred.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A real PostgreSQL, KRaft broker and Apicurio Registry for the service under test; no Docker. */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {
    static KafkaBroker broker;
    private PostgresServer postgres;
    private ApicurioRegistry registry;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("issuer-it-");
            postgres = PostgresServer.start(dir.resolve("pg"), FreePort.pick());
            broker = KafkaBroker.startFresh(dir.resolve("kafka"));
            registry = ApicurioRegistry.start(FreePort.pick(), dir.resolve("registry.log"));
            return Map.of(
                    "quarkus.datasource.jdbc.url", postgres.database("issuer"),
                    "quarkus.datasource.username", postgres.user(),
                    "quarkus.datasource.password", postgres.password(),
                    "kafka.bootstrap.servers", broker.bootstrapServers(),
                    "apicurio.registry.url", registry.apiUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        registry.close();
        broker.close();
        postgres.close();
    }
}
